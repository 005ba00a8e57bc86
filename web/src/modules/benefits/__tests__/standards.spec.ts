import { describe, expect, it } from 'vitest'
import type { Standard } from '../api'
import { previewMonthlyFen, standardDecision, standardInScope } from '../standards'

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

describe('standardInScope (as BenefitStandards.isDecidable)', () => {
  it('lets a county user decide only standards of the county and below', () => {
    expect(standardInScope('330421000000', '330421000000')).toBe(true)
    expect(standardInScope('330421103000', '330421000000')).toBe(true)
    expect(standardInScope('330402000000', '330421000000')).toBe(false)
    expect(standardInScope('330000000000', '330421000000')).toBe(false)
    expect(standardInScope('000000000000', '330421000000')).toBe(false)
  })

  it('lets a province user transcribe the national table', () => {
    expect(standardInScope('000000000000', '330000000000')).toBe(true)
    expect(standardInScope('330000000000', '330000000000')).toBe(true)
  })

  it('shows a national draft to a county checker read-only', () => {
    const draft = {
      status: 'DRAFT',
      regionCode: '000000000000',
      createdBy: 'province.maker',
    } as Standard
    const decision = standardDecision(draft, {
      username: 'county.checker',
      can: () => true,
      scopeCode: '330421000000',
    })
    expect(decision.enabled).toBe(false)
    expect(decision.reason).toContain('上级部门')
  })
})
