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

/** How a scenario's refusals name a service's licence: "an Exchange licence", "a Teams licence". */
export function licenceOf(service: Service): string {
  const label = SERVICE_LABELS[service]
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} licence`
}
