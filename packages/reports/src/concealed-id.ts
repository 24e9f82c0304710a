/** What a concealed report prints in an id column (`User Id`, `Group Id`): docs/graph-reports.md §10.4. */
export const CONCEALED_ID = '00000000-0000-0000-0000-000000000000'

/**
 * An id column's value when the tenant conceals names: the zero GUID, as production prints.
 * No active-users report has an id column; the report families that do (Teams, Groups,
 * OneDrive) use this. An empty cell stays empty: there is no id to hide.
 */
export function concealedId(id: string | null): string | null {
  return id === null ? null : CONCEALED_ID
}
