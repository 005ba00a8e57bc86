import { describe, expect, it } from 'vitest'
import { toSpecialDays } from '../api'

describe('toSpecialDays', () => {
  it('expands a rest range across a month end and lists the make-up working days', () => {
    const days = toSpecialDays([
      {
        name: '春节',
        restFrom: '2025-01-28',
        restTo: '2025-02-04',
        workDays: '2025-01-26, 2025-02-08',
      },
    ])
    expect(days.filter((d) => d.kind === 'REST').map((d) => d.day)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ])
    expect(days.filter((d) => d.kind === 'WORK').map((d) => d.day)).toEqual([
      '2025-01-26',
      '2025-02-08',
    ])
  })

  it('takes a single rest day when the end is left empty', () => {
    expect(
      toSpecialDays([{ name: '元旦', restFrom: '2027-01-01', restTo: '', workDays: '' }]),
    ).toEqual([{ day: '2027-01-01', kind: 'REST', name: '元旦' }])
  })
})
