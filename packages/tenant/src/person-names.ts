import { faker as fakerEN_US } from '@faker-js/faker/locale/en_US'
import { findCoprime } from './coprime'

const person = fakerEN_US.definitions.person
const firstNames = [...new Set([...(person.first_name.female ?? []), ...(person.first_name.male ?? [])])]
  // faker's list holds the placeholder "Name", which no admin would believe.
  .filter((name) => /^[A-Za-z]+$/.test(name) && name !== 'Name')
  .sort()
const lastNames = [...new Set(person.last_name.generic ?? [])].filter((name) => /^[A-Za-z']+$/.test(name)).sort()

const PAIRS = firstNames.length * lastNames.length
// A multiplier coprime with PAIRS turns the user index into a permutation of all name pairs,
// so names are unique by construction without a set of names seen (users are derived lazily).
const STRIDE = findCoprime(PAIRS, Math.floor(PAIRS * 0.618_033_988_7))

export interface PersonName {
  readonly first: string
  readonly last: string
  /** Distinguishes the rare repeat once a tenant outgrows the name pairs (>1 million users). */
  readonly suffix: string
}

/** The name of the user at `index`; distinct indexes give distinct names. */
export function personNameAt(index: number, offset: number): PersonName {
  const slot = ((((index % PAIRS) * STRIDE) % PAIRS) + offset) % PAIRS
  const round = Math.floor(index / PAIRS)
  return {
    first: firstNames[slot % firstNames.length] as string,
    last: lastNames[Math.floor(slot / firstNames.length)] as string,
    suffix: round === 0 ? '' : String(round + 1),
  }
}

export const NAME_PAIRS = PAIRS
