import { timeSlice } from '@fake-graph/reports'
import { type LoadTenantOptions, loadingTenant, type Tenant } from '@fake-graph/tenant'

/**
 * `loadTenant` of a parsed scenario, in time slices: checking and building 15,000 users held the
 * event loop for half a second, and the server answered nothing else meanwhile.
 */
export async function loadTenantInSlices(value: unknown, options: LoadTenantOptions): Promise<Tenant> {
  const steps = loadingTenant(value, options)
  const slice = timeSlice()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (slice.due()) await slice.breathe()
  }
}
