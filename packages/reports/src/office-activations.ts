import {
  ACTIVATION_PRODUCT_TYPES,
  type Activation,
  type Day,
  officeActivations,
  type TenantUser,
} from '@fake-graph/tenant'
import { nameConcealer } from './concealed-name'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import type { ReportRequest } from './report-request'

/** One user's activations of one product type: a row of `getOffice365ActivationsUserDetail`. */
export interface ActivationRow {
  /** The user's place in the tenant; a user's rows are consecutive. */
  readonly index: number
  readonly refreshDate: Day
  readonly user: TenantUser
  readonly userPrincipalName: string
  readonly displayName: string
  readonly activation: Activation
}

/** Per user, then product type, every licence that activates, activated or not (spec §1.2). */
export function* activationRows({ tenant, concealNames }: ReportRequest): Generator<ActivationRow | Idle> {
  const conceal = concealNames ? nameConcealer(tenant) : undefined
  let index = 0
  for (const user of tenant.users()) {
    const at = index++
    const activations = officeActivations(user, tenant.refreshDate)
    if (activations.length === 0) {
      if (at % USERS_PER_IDLE === 0) yield IDLE
      continue
    }
    const userPrincipalName = conceal ? conceal('userPrincipalName', user.id) : user.userPrincipalName
    const displayName = conceal ? conceal('displayName', user.id) : user.displayName
    for (const activation of activations) {
      yield { index: at, refreshDate: tenant.refreshDate, user, userPrincipalName, displayName, activation }
    }
  }
}

/** One product type's totals: the devices activated, and the users assigned, activated and on a shared computer. */
export interface ActivationTotals {
  readonly refreshDate: Day
  readonly productType: string
  readonly devices: readonly number[]
  readonly assigned: number
  readonly activated: number
  readonly sharedComputer: number
}

/** The totals per product type held by anyone, in `ACTIVATION_PRODUCT_TYPES` order. */
export function* activationTotals(request: ReportRequest): Generator<ActivationTotals | Idle> {
  const totals = new Map<string, { devices: number[]; assigned: number; activated: number; sharedComputer: number }>()
  for (const row of activationRows({ ...request, concealNames: false })) {
    if (row === IDLE) {
      yield row
      continue
    }
    const { productType, devices, sharedComputer, lastActivatedDate } = row.activation
    let total = totals.get(productType)
    if (!total) {
      total = { devices: devices.map(() => 0), assigned: 0, activated: 0, sharedComputer: 0 }
      totals.set(productType, total)
    }
    total.assigned++
    if (lastActivatedDate !== null) total.activated++
    if (sharedComputer) total.sharedComputer++
    for (let device = 0; device < devices.length; device++)
      total.devices[device] = (total.devices[device] as number) + (devices[device] as number)
  }
  for (const productType of ACTIVATION_PRODUCT_TYPES) {
    const total = totals.get(productType)
    if (total) yield { refreshDate: request.tenant.refreshDate, productType, ...total }
  }
}
