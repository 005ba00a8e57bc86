import { describe, expect, it } from 'vitest'
import { clockColours, clockText, daysLeft } from '../clock'
import type { PetitionClock } from '../api'

function clock(overrides: Partial<PetitionClock>): PetitionClock {
  return {
    kind: 'NOTICE',
    label: '受理告知',
    article: '信访工作条例第二十三条',
    obligation: true,
    startedOn: '2026-02-01',
    extensionDays: 0,
    pausedDays: 0,
    dueOn: '2026-02-24',
    warnFrom: '2026-02-12',
    provisional: false,
    metOn: null,
    escalated: false,
    state: 'RUNNING',
    ...overrides,
  }
}

describe('the running clock', () => {
  it('is green while running, yellow in its warning days and red once missed', () => {
    expect(clockColours.RUNNING).toBe('success')
    expect(clockColours.DUE_SOON).toBe('warning')
    expect(clockColours.OVERDUE).toBe('danger')
  })

  it('counts the days left and the days overdue across a month end', () => {
    expect(daysLeft('2026-03-02', '2026-02-27')).toBe(3)
    expect(clockText(clock({ state: 'DUE_SOON' }), '2026-02-21')).toBe(
      '受理告知 · 2026-02-24 · 剩 3 天',
    )
    expect(clockText(clock({ state: 'OVERDUE' }), '2026-03-01')).toBe(
      '受理告知 · 2026-02-24 · 已逾期 5 天',
    )
  })

  it('says when a clock was met', () => {
    expect(clockText(clock({ state: 'MET', metOn: '2026-02-10' }), '2026-06-15')).toBe(
      '受理告知 · 2026-02-24 · 按期完成（2026-02-10）',
    )
  })
})
