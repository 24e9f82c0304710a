import { describe, expect, it } from 'vitest'
import { bytesOf, DETAIL_D7, TOKEN, textOf, useFakeServer } from './support/fake-server'

describe('admin/reportSettings over HTTP', () => {
  const fake = useFakeServer()

  it('switches concealed names for the reports downloaded after the PATCH', async () => {
    const settings = `${fake.server.graphUrl}/beta/admin/reportSettings`
    const firstRow = async () => {
      const redirect = await fetch(`${fake.server.graphUrl}${DETAIL_D7}`, { headers: TOKEN, redirect: 'manual' })
      return textOf(await bytesOf(await fetch(redirect.headers.get('location') as string))).split('\r\n')[1] as string
    }
    expect((await firstRow()).split(',')[1]).toContain('@')
    const patched = await fetch(settings, {
      method: 'PATCH',
      headers: { ...TOKEN, 'Content-Type': 'application/json' },
      body: '{"displayConcealedNames":true}',
    })
    expect(patched.status).toBe(204)
    expect(await (await fetch(settings, { headers: TOKEN })).json()).toMatchObject({ displayConcealedNames: true })
    expect((await firstRow()).split(',')[1]).toMatch(/^[0-9A-F]{32}$/)
    await fetch(settings, {
      method: 'PATCH',
      headers: { ...TOKEN, 'Content-Type': 'application/json' },
      body: '{"displayConcealedNames":false}',
    })
  })
})
