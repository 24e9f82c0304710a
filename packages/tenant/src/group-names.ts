import { findCoprime } from './coprime'

/**
 * Display names of a tenant's groups, as an admin sees them in the Groups report: departments,
 * offices, projects, client accounts and clubs. Built once from short lists, so a group's name is
 * a lookup by index, not a draw that must be checked against the names already given.
 */
const DEPARTMENTS = [
  'Finance',
  'Marketing',
  'Sales',
  'Human Resources',
  'Legal',
  'IT',
  'Engineering',
  'Operations',
  'Customer Success',
  'Procurement',
  'Facilities',
  'Product',
  'Design',
  'Support',
  'Security',
  'Compliance',
  'Research',
  'Data & Analytics',
  'Communications',
  'Training',
  'Recruiting',
  'Partnerships',
  'Quality',
  'Logistics',
] as const
const DEPARTMENT_FORMS = ['{d}', '{d} Team', '{d} Leadership', '{d} Announcements', '{d} Planning'] as const
const OFFICES = [
  'Seattle',
  'Chicago',
  'Boston',
  'Austin',
  'Denver',
  'Atlanta',
  'Toronto',
  'London',
  'Dublin',
  'Amsterdam',
  'Berlin',
  'Paris',
  'Madrid',
  'Milan',
  'Stockholm',
  'Warsaw',
  'Dubai',
  'Mumbai',
  'Bangalore',
  'Singapore',
  'Tokyo',
  'Sydney',
  'Auckland',
  'São Paulo',
  'Mexico City',
  'Johannesburg',
  'EMEA',
  'APAC',
  'LATAM',
  'North America',
] as const
const CODENAMES = [
  'Falcon',
  'Atlas',
  'Phoenix',
  'Horizon',
  'Orion',
  'Nimbus',
  'Everest',
  'Aurora',
  'Polaris',
  'Titan',
  'Mercury',
  'Apollo',
  'Kestrel',
  'Sierra',
  'Cascade',
  'Summit',
  'Beacon',
  'Compass',
  'Lighthouse',
  'Keystone',
  'Catalyst',
  'Momentum',
  'Northstar',
  'Evergreen',
  'Quartz',
  'Cobalt',
  'Sapphire',
  'Granite',
  'Redwood',
  'Maple',
  'Harbor',
  'Meridian',
] as const
const PROJECT_FORMS = ['Project {c}', '{c} Launch', '{c} Working Group', '{c} Steering Committee'] as const
const CLUBS = [
  'Book Club',
  'Running Club',
  'Photography Club',
  'Wellbeing',
  'Volunteering',
  'Green Team',
  'Women in Tech',
  'Pride Network',
  'New Starters',
  'Interns 2026',
  'Social Committee',
  'Hackathon',
  'Town Hall',
  'Lunch & Learn',
  'Mentoring Circle',
  'Board Games',
] as const
const ACCOUNTS = [
  'Northwind',
  'Fabrikam',
  'Contoso',
  'Tailspin',
  'Litware',
  'Adventure Works',
  'Wingtip',
  'Woodgrove',
  'Proseware',
  'Alpine Ski House',
  'Coho Winery',
  'Lucerne Publishing',
  'Margie’s Travel',
  'Trey Research',
  'Relecloud',
  'VanArsdel',
] as const
const ACCOUNT_FORMS = ['{a} Account', '{a} Renewal', '{a} Bid', '{a} Onboarding'] as const

/** Every name but All Company, the tenant-wide group each tenant has first. */
const NAMES: readonly string[] = [
  ...DEPARTMENTS.flatMap((d) => DEPARTMENT_FORMS.map((form) => form.replace('{d}', d))),
  ...OFFICES.flatMap((office) => [`${office} Office`, ...DEPARTMENTS.slice(0, 8).map((d) => `${office} ${d}`)]),
  ...CODENAMES.flatMap((c) => PROJECT_FORMS.map((form) => form.replace('{c}', c))),
  ...ACCOUNTS.flatMap((a) => ACCOUNT_FORMS.map((form) => form.replace('{a}', a))),
  ...CLUBS,
]

export const ALL_COMPANY = 'All Company'

// A multiplier coprime with the list's length makes the index a permutation of the names, so
// neighbouring groups read unlike each other and every name comes once before any repeats.
const STRIDE = findCoprime(NAMES.length, Math.floor(NAMES.length * 0.618_033_988_7))

/**
 * The name of the group at `index` (0 is All Company); distinct indexes give distinct names,
 * the later rounds numbered as a large tenant's repeats are (`Project Atlas 2`).
 */
export function groupNameAt(index: number, offset: number): string {
  if (index === 0) return ALL_COMPANY
  const at = index - 1
  const slot = (((at % NAMES.length) * STRIDE + offset) % NAMES.length) as number
  const round = Math.floor(at / NAMES.length)
  const name = NAMES[slot] as string
  return round === 0 ? name : `${name} ${round + 1}`
}

/** A group's mail nickname, as Entra ID makes it from the name: letters and digits only. */
export function mailNicknameOf(displayName: string): string {
  return displayName
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 64)
}

export const GROUP_NAMES = NAMES.length + 1
