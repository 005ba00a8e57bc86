import { describe, expect, it } from 'vitest'
import type { Overpayment } from '../api'
import { overpaymentActions, SAME_PERSON_WAIVER_REASON } from '../overpayments'
import { BenefitsPermissions as P } from '../permissions'

const all = Object.values(P) as string[]
const actor = (username: string, permissions: string[] = all) => ({
  username,
  can: (code: string) => permissions.includes(code),
})
const open = { status: 'OPEN', waiverRequestedBy: null } as Overpayment

describe('overpaymentActions (追缴)', () => {
  it('offers recovery and a waiver request while open', () => {
    const actions = overpaymentActions(open, actor('county.staff'))
    expect(actions.recover).toBe(true)
    expect(actions.requestWaiver).toBe(true)
    expect(actions.decideWaiver.visible).toBe(false)
  })

  it('offers nothing once recovered or waived', () => {
    for (const status of ['RECOVERED', 'WAIVED'] as const) {
      const actions = overpaymentActions({ ...open, status }, actor('county.staff'))
      expect(actions).toMatchObject({ recover: false, requestWaiver: false })
      expect(actions.decideWaiver.visible).toBe(false)
    }
  })

  it('lets only someone other than the requester decide a waiver, and one request at a time', () => {
    const pending = { ...open, waiverRequestedBy: 'county.staff' }
    expect(overpaymentActions(pending, actor('county.staff')).decideWaiver).toEqual({
      visible: true,
      enabled: false,
      reason: SAME_PERSON_WAIVER_REASON,
    })
    expect(overpaymentActions(pending, actor('county.checker')).decideWaiver.enabled).toBe(true)
    expect(overpaymentActions(pending, actor('county.checker')).requestWaiver).toBe(false)
    expect(overpaymentActions(pending, actor('county.checker')).recover).toBe(true)
  })

  it('needs the overpayment permissions', () => {
    const viewer = actor('township.staff', [P.RUN_LIST])
    const actions = overpaymentActions({ ...open, waiverRequestedBy: 'x' }, viewer)
    expect(actions.recover).toBe(false)
    expect(actions.decideWaiver.visible).toBe(false)
  })
})
