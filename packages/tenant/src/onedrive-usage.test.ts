import { describe, expect, it } from 'vitest'
import { generateTenant } from './generate-tenant'
import { ONEDRIVE_MODEL } from './onedrive-activity'
import { type OneDriveFacts, OneDriveStore, oneDriveCreated, oneDriveExists, oneDriveUrl } from './onedrive-usage'
import { SERVICES } from './services'
import { workloadCounter } from './workload-activity'

const now = new Date('2026-11-27T00:00:00Z')
const BIT = SERVICES.indexOf('oneDrive')

describe('OneDrive storage of a generated tenant', () => {
  const tenant = generateTenant({ seed: 7, users: 400, now })
  const owners = [...tenant.users()].filter((user) => oneDriveCreated(user) !== null)

  it('gives a OneDrive to each user with a OneDrive licence, from the day it was assigned', () => {
    expect(owners.length).toBeGreaterThan(300)
    for (const user of owners.slice(0, 50)) {
      const created = oneDriveCreated(user) as number
      expect(oneDriveExists(user, created)).toBe(true)
      expect(oneDriveExists(user, created - 1)).toBe(false)
      if (user.deletedDate !== null) expect(oneDriveExists(user, user.deletedDate + 1)).toBe(false)
    }
  })

  it("ends a OneDrive on its owner's deletion day, as mailboxes, groups and sites end", () => {
    const deleted = owners.filter(
      (user) => user.deletedDate !== null && (oneDriveCreated(user) as number) < user.deletedDate,
    )
    expect(deleted.length).toBeGreaterThan(3)
    for (const user of deleted) {
      expect(oneDriveExists(user, (user.deletedDate as number) - 1)).toBe(true)
      expect(oneDriveExists(user, user.deletedDate as number)).toBe(false)
    }
  })

  it('walks the days as the span form counts them, with files and bytes that never fall', () => {
    for (const user of owners.slice(0, 80)) {
      const store = new OneDriveStore(user, tenant.firstDay)
      const walk = store.days()
      const counter = workloadCounter(ONEDRIVE_MODEL, user, tenant.firstDay)
      const lanes = new Int32Array(ONEDRIVE_MODEL.lanes)
      const facts: OneDriveFacts = { files: 0, activeFiles: 0, storageUsed: 0 }
      let before: OneDriveFacts = { files: 0, activeFiles: 0, storageUsed: 0 }
      for (let day = tenant.refreshDate - 59; day <= tenant.refreshDate; day++) {
        walk(day, facts)
        const active = counter(day, lanes)
        expect(facts).toEqual(store.over(day, day))
        expect(facts.activeFiles > 0).toBe(active)
        expect(facts.activeFiles).toBeLessThanOrEqual(facts.files)
        expect(facts.files).toBeGreaterThanOrEqual(before.files)
        expect(facts.storageUsed).toBeGreaterThanOrEqual(before.storageUsed)
        before = { ...facts }
      }
    }
  })

  it('holds plausible libraries: a few hundred files and a few hundred megabytes for a user of OneDrive', () => {
    const used = owners.filter((user) => user.lastActivityDates[BIT] !== null)
    const facts = used.map((user) =>
      new OneDriveStore(user, tenant.firstDay).over(tenant.refreshDate - 29, tenant.refreshDate),
    )
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] as number
    expect(median(facts.map((f) => f.files))).toBeGreaterThan(50)
    expect(median(facts.map((f) => f.files))).toBeLessThan(1000)
    expect(median(facts.map((f) => f.storageUsed / f.files))).toBeGreaterThan(100_000)
    expect(median(facts.map((f) => f.storageUsed / f.files))).toBeLessThan(5_000_000)
  })

  it('is addressed under the tenant’s -my host by the owner’s name', () => {
    expect(oneDriveUrl(tenant.organization, "jo.o'neil@contoso.onmicrosoft.com")).toBe(
      `https://${tenant.organization.domain.split('.')[0]}-my.sharepoint.com/personal/jo_o_neil_contoso_onmicrosoft_com`,
    )
  })
})
