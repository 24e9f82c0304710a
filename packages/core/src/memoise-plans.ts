import type { ErrorOverrides } from './error-cases'
import { planReport, type ReportPlan } from './report-plan'

/**
 * Plans are pure functions of the URL and the day, and clients ask for the same few URLs over
 * and over: parse each once per day. Only valid plans are kept, at most 1,000 of them.
 */
/** A report URL's plan on a day (see `planReport`), parsed once per URL and day. */
export type PlanMemo = (url: URL, today: number) => ReportPlan

export function memoisePlans(errors: ErrorOverrides): PlanMemo {
  const plans = new Map<string, ReportPlan>()
  return (url, today) => {
    const key = `${today} ${url.pathname}${url.search}`
    let plan = plans.get(key)
    if (!plan) {
      plan = planReport(url, { today, errors })
      if (plans.size >= 1_000) plans.clear()
      plans.set(key, plan)
    }
    return plan
  }
}
