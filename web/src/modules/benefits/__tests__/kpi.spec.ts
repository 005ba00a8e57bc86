import { describe, expect, it } from 'vitest'
import { byRegion, monthsBefore, onTimeRate, onTimeTotals } from '../kpi'
import type { RegionOnTime } from '../api'

const row = (o: Partial<RegionOnTime>): RegionOnTime => ({
  regionCode: '330421103000',
  regionName: '西塘镇',
  month: '2031-01-01',
  due: 0,
  paidOnTime: 0,
  paidLate: 0,
  failed: 0,
  outstanding: 0,
  ...o,
})

describe('on-time KPI', () => {
  const rows = [
    row({ due: 100, paidOnTime: 90, paidLate: 5, failed: 3, outstanding: 2 }),
    row({ month: '2031-02-01', due: 100, paidOnTime: 100 }),
    row({
      regionCode: '330421102000',
      regionName: '大云镇',
      due: 50,
      paidOnTime: 25,
      outstanding: 25,
    }),
  ]

  it('sums every figure over regions and months', () => {
    expect(onTimeTotals(rows)).toEqual({
      due: 250,
      paidOnTime: 215,
      paidLate: 5,
      failed: 3,
      outstanding: 27,
    })
  })

  it('gives the on-time rate with one decimal, none when nothing was due', () => {
    expect(onTimeRate({ due: 3, paidOnTime: 2 })).toBe(66.7)
    expect(onTimeRate({ due: 0, paidOnTime: 0 })).toBeNull()
  })

  it('groups by region, the worst on-time rate first', () => {
    const regions = byRegion(rows)
    expect(regions.map((r) => r.regionName)).toEqual(['大云镇', '西塘镇'])
    expect(regions[1]).toMatchObject({ due: 200, paidOnTime: 190 })
  })

  it('counts months back across a year end', () => {
    expect(monthsBefore('2031-02', 2)).toBe('2030-12')
    expect(monthsBefore('2031-02', 0)).toBe('2031-02')
  })
})
