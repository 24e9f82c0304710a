/**
 * The six services of the Office 365 active-users reports, in report column order.
 * A user's daily activity is a bitmask whose bit i is `SERVICES[i]`.
 */
export const SERVICES = ['exchange', 'oneDrive', 'sharePoint', 'skypeForBusiness', 'yammer', 'teams'] as const

export type Service = (typeof SERVICES)[number]

/** The service names as they appear in report column headers. */
export const SERVICE_LABELS: Record<Service, string> = {
  exchange: 'Exchange',
  oneDrive: 'OneDrive',
  sharePoint: 'SharePoint',
  skypeForBusiness: 'Skype For Business',
  yammer: 'Yammer',
  teams: 'Teams',
}

/** How a scenario's refusals name a service's licence, each with its article as it is said. */
const LICENCES: Record<Service, string> = {
  exchange: 'an Exchange licence',
  oneDrive: 'a OneDrive licence',
  sharePoint: 'a SharePoint licence',
  skypeForBusiness: 'a Skype For Business licence',
  yammer: 'a Yammer licence',
  teams: 'a Teams licence',
}

/** A service's licence as a scenario's refusals name it: "an Exchange licence", "a OneDrive licence". */
export function licenceOf(service: Service): string {
  return LICENCES[service]
}
