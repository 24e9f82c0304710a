import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { YAMMER_DEVICES, yammerDevices } from './yammer-devices'

const now = new Date('2026-11-27T00:00:00Z')

describe('the devices a user reads Viva Engage on', () => {
  const tenant = generateTenant({ seed: 42, users: 4000, now })
  const sets = [...tenant.users()].map(yammerDevices)

  it('are never none, and the same on every pass', () => {
    expect(sets.filter((devices) => devices === 0)).toEqual([])
    expect([...generateTenant({ seed: 42, users: 4000, now, lazy: true }).users()].map(yammerDevices)).toEqual(sets)
  })

  it('look like a real network: the web for most, phones for a quarter or so, Windows Phone for almost nobody', () => {
    const share = (device: (typeof YAMMER_DEVICES)[number]) =>
      sets.filter((devices) => devices & (1 << YAMMER_DEVICES.indexOf(device))).length / sets.length
    expect(share('web')).toBeGreaterThan(0.75)
    expect(share('iPhone')).toBeGreaterThan(0.2)
    expect(share('iPhone')).toBeLessThan(0.4)
    expect(share('androidPhone')).toBeGreaterThan(0.15)
    expect(share('windowsPhone')).toBeLessThan(0.03)
    expect(share('iPad')).toBeLessThan(share('iPhone'))
  })
})
