import { describe, expect, it } from 'vitest'
import { monthLabel, paymentStateLabel, yuan } from '../labels'

describe('portal labels', () => {
  it('shows integer fen as yuan with two decimals and thousands separators', () => {
    expect(yuan(123456)).toBe('¥1,234.56')
    expect(yuan(5)).toBe('¥0.05')
    expect(yuan(-100)).toBe('-¥1.00')
  })

  it('names a payment month the way people say it', () => {
    expect(monthLabel('2026-05-01')).toBe('2026年5月')
  })

  it('tells a failed payment from one still to come', () => {
    expect(paymentStateLabel('FAILED')).toBe('发放失败')
    expect(paymentStateLabel('PENDING')).toBe('待发放')
    expect(paymentStateLabel('PAID')).toBe('已发放')
  })
})
