/** A scenario file of one kind of entity in bulk, as small a record of each as the schema takes. */
export type BulkKind = 'users' | 'groups' | 'sites'

const ORGANIZATION = { id: '6f1c3a52-0d4e-4c8b-9a57-2b1e8f0c7d31', name: 'Contoso', domain: 'contoso.onmicrosoft.com' }
const OWNER = {
  id: '00000000-0000-4000-8000-000000000000',
  userPrincipalName: 'o@contoso.onmicrosoft.com',
  displayName: 'O',
}
const hex = (i: number) => i.toString(16).padStart(12, '0')

/** `count` users, or one user and `count` groups or sites: what fills the 50 MB upload limit fastest. */
export function bulkScenario(kind: BulkKind, count: number) {
  const items = Array.from({ length: count }, (_, i) => i)
  const listed =
    kind === 'users'
      ? {
          users: items.map((i) => ({
            id: `00000000-0000-4000-8000-${hex(i + 1)}`,
            userPrincipalName: `u${i}@contoso.onmicrosoft.com`,
            displayName: `U ${i}`,
          })),
        }
      : kind === 'groups'
        ? {
            users: [OWNER],
            groups: items.map((i) => ({ id: `10000000-0000-4000-8000-${hex(i)}`, displayName: `g${i}` })),
          }
        : {
            users: [OWNER],
            sites: items.map((i) => ({
              id: `20000000-0000-4000-8000-${hex(i)}`,
              url: `https://contoso.sharepoint.com/sites/s${i}`,
            })),
          }
  return { organization: ORGANIZATION, refreshDate: '2026-11-25', ...listed }
}
