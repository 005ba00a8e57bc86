import { describe, expect, it } from 'vitest'
import { previewMonthlyFen } from '../standards'

describe('previewMonthlyFen (as StandardDraft.monthlyFen computes it)', () => {
  it('divides a yearly amount by 12, rounding half up to the fen', () => {
    expect(previewMonthlyFen({ annualFen: 2400000, percent: null, indicatorFen: null })).toBe(
      200000,
    )
    // 1000.06 元/年 → 83.338… → 83.34
    expect(previewMonthlyFen({ annualFen: 100006, percent: null, indicatorFen: null })).toBe(8334)
    // 0.06 元/年 → 0.5 fen → rounds up to 1
    expect(previewMonthlyFen({ annualFen: 6, percent: null, indicatorFen: null })).toBe(1)
  })

  it('takes a percentage of the monthly indicator (护理费, 抚恤条例 Art 34)', () => {
    expect(previewMonthlyFen({ annualFen: null, percent: 50, indicatorFen: 812345 })).toBe(406173)
    expect(previewMonthlyFen({ annualFen: null, percent: 33.33, indicatorFen: 100000 })).toBe(33330)
  })

  it('gives nothing while neither way is complete', () => {
    expect(previewMonthlyFen({ annualFen: null, percent: 50, indicatorFen: null })).toBeNull()
    expect(previewMonthlyFen({ annualFen: null, percent: null, indicatorFen: null })).toBeNull()
  })
})
