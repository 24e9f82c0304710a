import { SERVICE_LABELS, SERVICES, type Service } from '@fake-graph/tenant'

/** The current reports cover all six services. */
export const CURRENT_SERVICES: readonly Service[] = SERVICES

/** The 2017 legacy form predates Teams. */
export const LEGACY_SERVICES: readonly Service[] = SERVICES.filter((service) => service !== 'teams')

/** The legacy Detail header misspells OneDrive as "OndDrive"; kept byte for byte. */
export const LEGACY_DETAIL_LABELS: Readonly<Record<Service, string>> = { ...SERVICE_LABELS, oneDrive: 'OndDrive' }

/** The legacy Services header runs names together and calls Skype for Business "Skype". */
export const LEGACY_SERVICES_LABELS: Readonly<Record<Service, string>> = {
  ...SERVICE_LABELS,
  skypeForBusiness: 'Skype',
}
