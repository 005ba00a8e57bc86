import { describe, expect, it } from 'vitest'
import {
  coverageValue,
  dueTagType,
  dueText,
  needsSummary,
  percent,
  recordTitle,
  regionPrefix,
  serves,
} from '../contactRules'

describe('the due day of a person', () => {
  it('reads as days overdue, due today or days left, red when overdue and amber within a week', () => {
    expect(dueText({ daysLeft: -3 })).toBe('逾期 3 天')
    expect(dueText({ daysLeft: 0 })).toBe('今天到期')
    expect(dueText({ daysLeft: 12 })).toBe('剩 12 天')
    expect(dueTagType({ daysLeft: -1 })).toBe('danger')
    expect(dueTagType({ daysLeft: 7 })).toBe('warning')
    expect(dueTagType({ daysLeft: 8 })).toBe('success')
  })
})

describe('coverage', () => {
  it('is shown from per mille with one decimal, exactly', () => {
    expect(percent(875)).toBe('87.5%')
    expect(percent(1000)).toBe('100.0%')
    expect(coverageValue({ coveragePerMille: 333 })).toBe(33.3)
  })
})

describe('a contact', () => {
  it('needs a word on what was heard only when the person was reached and found unsettled', () => {
    expect(needsSummary(true, 'UNSTABLE')).toBe(true)
    expect(needsSummary(true, 'CONCERN')).toBe(false)
    expect(needsSummary(false, 'UNSTABLE')).toBe(false)
  })

  it('is titled by its channel, a failed try says so, a care visit names care', () => {
    expect(recordTitle({ source: 'CONTACT', channel: 'PHONE', reached: true })).toBe('电话')
    expect(recordTitle({ source: 'CONTACT', channel: 'PHONE', reached: false })).toBe(
      '电话（未联系上）',
    )
    expect(recordTitle({ source: 'CARE_VISIT', channel: 'HOME_VISIT', reached: true })).toBe(
      '走访慰问（入户）',
    )
    expect(recordTitle({ source: 'CARE_VISIT', channel: null, reached: true })).toBe('走访慰问')
  })
})

describe('a liaison', () => {
  it('serves the subtree of their station: a township station its villages, a village station its own', () => {
    expect(regionPrefix('330421103000')).toBe('330421103')
    expect(regionPrefix('330421000000')).toBe('330421')
    expect(regionPrefix('330421103001')).toBe('330421103001')
    expect(serves('330421103000', '330421103002')).toBe(true)
    expect(serves('330421103001', '330421103002')).toBe(false)
    expect(serves('330421000000', '330421102201')).toBe(true)
  })
})
