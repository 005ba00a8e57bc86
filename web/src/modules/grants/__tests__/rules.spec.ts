import { describe, expect, it } from 'vitest'
import type { ReviewPolicy } from '../api'
import {
  canDecide,
  countyOf,
  decisionEffect,
  levelAbove,
  reviewLevelOf,
  scopeContains,
  whyNotDecidable,
  yuanToFen,
} from '../rules'
import { me } from '@/test/support'
import { defaults, grant } from './fixtures'

const xitang = me(['grants:grant:review'], {
  username: 'xitang.staff',
  scope: { code: '330421103000', name: '西塘镇', level: 'TOWNSHIP' },
})

describe('money in fen', () => {
  it('turns typed yuan into integer fen without float errors', () => {
    expect(yuanToFen(300)).toBe(300_00)
    expect(yuanToFen(0.29)).toBe(29)
    expect(yuanToFen(1234.5)).toBe(1234_50)
    expect(yuanToFen('88.8')).toBe(88_80)
    expect(yuanToFen(null)).toBeNull()
    expect(yuanToFen('')).toBeNull()
    expect(yuanToFen(-1)).toBeNull()
    expect(yuanToFen('1.234')).toBeNull()
  })
})

describe('levels and scopes', () => {
  it('maps a scope level to the level it reviews at', () => {
    expect(reviewLevelOf('VILLAGE')).toBe('VILLAGE')
    expect(reviewLevelOf('TOWNSHIP')).toBe('TOWNSHIP')
    expect(reviewLevelOf('COUNTY')).toBe('COUNTY')
    expect(reviewLevelOf('CITY')).toBe('COUNTY')
    expect(reviewLevelOf(null)).toBeNull()
  })

  it('knows which regions a scope holds', () => {
    expect(scopeContains('330421103000', '330421103001')).toBe(true)
    expect(scopeContains('330421102000', '330421103001')).toBe(false)
    expect(scopeContains('330421000000', '330421103001')).toBe(true)
    expect(countyOf('330421103001')).toBe('330421000000')
  })

  it('skips levels the county does not use', () => {
    expect(levelAbove(defaults, 'VILLAGE')).toBe('TOWNSHIP')
    expect(levelAbove(defaults, 'TOWNSHIP')).toBe('COUNTY')
    expect(levelAbove(defaults, 'COUNTY')).toBeNull()
    const countyOnly: ReviewPolicy = {
      ...defaults,
      levels: defaults.levels.map((l) => (l.level === 'TOWNSHIP' ? { ...l, enabled: false } : l)),
    }
    expect(levelAbove(countyOnly, 'VILLAGE')).toBe('COUNTY')
  })
})

describe('canDecide', () => {
  it('lets a township reviewer decide what waits at the township in their scope', () => {
    expect(canDecide(grant(), xitang)).toBe(true)
    expect(whyNotDecidable(grant(), xitang)).toBeNull()
  })

  it('never lets the submitter decide (maker-checker)', () => {
    const own = grant({ submittedBy: 'xitang.staff' })
    expect(canDecide(own, xitang)).toBe(false)
    expect(whyNotDecidable(own, xitang)).toBe('本人提交的申请须由他人审批')
  })

  it('refuses a second decision in the same round but allows one after resubmission', () => {
    const decided = {
      id: 1,
      round: 1,
      level: 'TOWNSHIP' as const,
      outcome: 'RETURNED' as const,
      amountFen: null,
      remark: '补材料',
      decidedBy: 'xitang.staff',
      decidedAt: '2026-11-02T08:00:00Z',
    }
    expect(canDecide(grant({ decisions: [decided] }), xitang)).toBe(false)
    expect(canDecide(grant({ decisions: [decided], round: 2 }), xitang)).toBe(true)
  })

  it('refuses another level, another township, a closed application or a missing permission', () => {
    expect(canDecide(grant({ currentLevel: 'COUNTY' }), xitang)).toBe(false)
    expect(whyNotDecidable(grant({ currentLevel: 'COUNTY' }), xitang)).toBe('当前等待县级审批')
    const dayun = me(['grants:grant:review'], {
      username: 'dayun.staff',
      scope: { code: '330421102000', name: '大云镇', level: 'TOWNSHIP' },
    })
    expect(canDecide(grant(), dayun)).toBe(false)
    expect(canDecide(grant({ status: 'APPROVED', currentLevel: null }), xitang)).toBe(false)
    expect(canDecide(grant(), { ...xitang, permissions: ['grants:grant:list'] })).toBe(false)
  })
})

describe('decisionEffect', () => {
  it('is final within the township cap of 500 yuan and forwards above it', () => {
    expect(decisionEffect('APPROVE', grant(), 'TOWNSHIP', 300_00, defaults)).toEqual({
      kind: 'final',
    })
    expect(decisionEffect('APPROVE', grant(), 'TOWNSHIP', 500_00, defaults)).toEqual({
      kind: 'final',
    })
    expect(decisionEffect('APPROVE', grant(), 'TOWNSHIP', 500_01, defaults)).toEqual({
      kind: 'forward',
      to: 'COUNTY',
    })
  })

  it('defaults the amount to the recommendation, else the request', () => {
    expect(decisionEffect('APPROVE', grant(), 'TOWNSHIP', null, defaults).kind).toBe('forward')
    expect(
      decisionEffect('APPROVE', grant({ recommendedFen: 400_00 }), 'TOWNSHIP', null, defaults).kind,
    ).toBe('final')
  })

  it('is always final at the county, which cannot forward', () => {
    expect(decisionEffect('APPROVE', grant(), 'COUNTY', 2_000_00, defaults)).toEqual({
      kind: 'final',
    })
    expect(decisionEffect('FORWARD', grant(), 'COUNTY', null, defaults).kind).toBe('invalid')
  })

  it('refuses more than was asked for', () => {
    expect(decisionEffect('APPROVE', grant(), 'COUNTY', 2_000_01, defaults)).toEqual({
      kind: 'invalid',
      message: '金额不能超过申请金额',
    })
  })
})
