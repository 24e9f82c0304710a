import { createRandom, hashSeed, type Random } from './random'
import type { SiteGovernance } from './sharepoint-sites'
import { uuidFrom } from './uuid'

/** What the ids of the tenant's three sensitivity labels derive from [U]: a site carries one of them or none. */
const LABEL_SALT = 0x6c61626c

/** A site's sharing settings and links [U]: most allow guests they invite, a few are labelled or locked down. */
export function governanceOf(random: Random, open: boolean): SiteGovernance {
  const labelled = random.next() < 0.2
  const label = labelled ? uuidFrom(createRandom(hashSeed(LABEL_SALT, random.int(0, 2)))) : ''
  const links = (scale: number) => Math.floor(scale * random.next() ** 3)
  return {
    sensitivityLabelId: label,
    externalSharing: open ? random.next() < 0.7 : random.next() < 0.3,
    unmanagedDevicePolicy: random.next() < 0.85 ? 'Allow full access' : 'Allow limited, web-only access',
    geoLocation: 'NAM',
    anonymousLinks: open ? links(6) : 0,
    companyLinks: links(40),
    guestLinks: links(8),
    memberLinks: links(25),
  }
}
