import type { Service } from './services'

/**
 * How a generated tenant behaves. The numbers are tuned so that an admin reading a report sees
 * a plausible organisation: Exchange nearly universal, Teams close behind, Yammer rare.
 */
export const PROFILE = {
  unlicensedShare: 0.07,
  /** Users holding only free or non-service licences. */
  standaloneShare: 0.03,
  // About 10% yearly turnover, spread over the 210-day window.
  deletedShare: 0.06,
  /** Licensed users who never use anything (shared mailboxes assigned a licence, leavers…). */
  neverActiveShare: 0.04,
  /** Users whose licence arrived inside the activity window (recent joiners). */
  recentJoinerShare: 0.06,
  /** Days before the window in which older licences were assigned. */
  licenceHistoryDays: 1500,
  weekendFactor: 0.12,
  adoption: {
    exchange: 0.97,
    oneDrive: 0.62,
    sharePoint: 0.58,
    skypeForBusiness: 0.12,
    yammer: 0.07,
    teams: 0.88,
  } satisfies Record<Service, number>,
  /** Chance of activity on a working day for a fully engaged user who adopted the service. */
  intensity: {
    exchange: 0.93,
    oneDrive: 0.55,
    sharePoint: 0.45,
    skypeForBusiness: 0.3,
    yammer: 0.18,
    teams: 0.85,
  } satisfies Record<Service, number>,
} as const
