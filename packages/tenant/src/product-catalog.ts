import { SERVICES, type Service } from './services'

export interface Product {
  /** The display name exactly as the admin center and the reports print it. */
  readonly name: string
  readonly services: readonly Service[]
}

/** Every workload: the suites' plans hold them all. */
const ALL: readonly Service[] = SERVICES

/**
 * Base plans: every licensed user holds exactly one. Weights are a typical enterprise mix.
 * Names are the upper-case SKU display names that real reports print.
 */
export const BASE_PLANS: readonly (Product & { readonly weight: number })[] = [
  { name: 'OFFICE 365 E3', services: ALL, weight: 30 },
  { name: 'MICROSOFT 365 E3', services: ALL, weight: 22 },
  { name: 'MICROSOFT 365 E5', services: ALL, weight: 8 },
  { name: 'OFFICE 365 E5 WITHOUT AUDIO CONFERENCING', services: ALL, weight: 4 },
  { name: 'OFFICE 365 E1', services: ALL, weight: 9 },
  {
    name: 'MICROSOFT 365 BUSINESS PREMIUM',
    services: ['exchange', 'oneDrive', 'sharePoint', 'teams'],
    weight: 6,
  },
  {
    name: 'MICROSOFT 365 BUSINESS BASIC',
    services: ['exchange', 'oneDrive', 'sharePoint', 'teams'],
    weight: 4,
  },
  {
    name: 'MICROSOFT 365 F3',
    services: ['exchange', 'oneDrive', 'sharePoint', 'yammer', 'teams'],
    weight: 10,
  },
  { name: 'EXCHANGE ONLINE (PLAN 1)', services: ['exchange'], weight: 4 },
  { name: 'EXCHANGE ONLINE (PLAN 2)', services: ['exchange'], weight: 1 },
  { name: 'MICROSOFT 365 APPS FOR ENTERPRISE', services: ['oneDrive'], weight: 2 },
]

/** Add-ons held beside a base plan. Several enable none of the six services. */
export const ADD_ONS: readonly (Product & { readonly share: number })[] = [
  { name: 'ENTERPRISE MOBILITY + SECURITY E5', services: [], share: 0.2 },
  { name: 'ENTERPRISE MOBILITY + SECURITY E3', services: [], share: 0.12 },
  { name: 'POWER BI (FREE)', services: [], share: 0.25 },
  { name: 'MICROSOFT POWER AUTOMATE FREE', services: [], share: 0.15 },
  { name: 'POWER BI PRO', services: [], share: 0.08 },
  { name: 'VISIO PLAN 2', services: [], share: 0.03 },
  { name: 'PROJECT PLAN 3', services: [], share: 0.03 },
  { name: 'MICROSOFT TEAMS EXPLORATORY', services: ['teams'], share: 0.02 },
  { name: 'MICROSOFT 365 COPILOT', services: [], share: 0.05 },
]

/** Licences held by users without a base plan (they appear in Detail, with no service licence). */
export const STANDALONE: readonly Product[] = [
  { name: 'POWER BI (FREE)', services: [] },
  { name: 'MICROSOFT POWER AUTOMATE FREE', services: [] },
  { name: 'MICROSOFT STREAM TRIAL', services: [] },
]
