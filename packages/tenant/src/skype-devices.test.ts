import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { SKYPE_DEVICES, skypeDevices } from './skype-devices'
import { yammerDevices } from './yammer-devices'

const now = new Date('2026-11-27T00:00:00Z')

describe('the devices a user runs Skype for Business on', () => {
  const tenant = generateTenant({ seed: 42, users: 4000, now })
  const sets = [...tenant.users()].map(skypeDevices)

  it('are never none, only the five devices, and the same on every pass', () => {
    expect(sets.filter((devices) => devices === 0 || devices >= 1 << SKYPE_DEVICES.length)).toEqual([])
    expect([...generateTenant({ seed: 42, users: 4000, now, lazy: true }).users()].map(skypeDevices)).toEqual(sets)
  })

  it('look like a tenant that kept the desktop client: Windows for nearly all, a phone for some', () => {
    const share = (device: (typeof SKYPE_DEVICES)[number]) =>
      sets.filter((devices) => devices & (1 << SKYPE_DEVICES.indexOf(device))).length / sets.length
    expect(share('windows')).toBeGreaterThan(0.9)
    expect(share('iPhone')).toBeGreaterThan(0.1)
    expect(share('iPhone')).toBeLessThan(0.3)
    expect(share('androidPhone')).toBeGreaterThan(0.07)
    expect(share('windowsPhone')).toBeLessThan(0.02)
    expect(share('iPad')).toBeLessThan(share('iPhone'))
  })

  it('are drawn apart from the Viva Engage devices of the same user', () => {
    const engage = [...tenant.users()].map(yammerDevices)
    const sameIPhone = sets.filter((devices, i) => ((devices ^ (engage[i] as number)) & 0b1000) === 0).length
    expect(sameIPhone).toBeLessThan(sets.length * 0.9)
  })
})
