import { describe, expect, it } from 'vitest'
import { formatYuan, parseYuan } from '@/shared/utils/money'

describe('formatYuan', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(formatYuan(123456)).toBe('1,234.56')
    expect(formatYuan(100)).toBe('1.00')
    expect(formatYuan(7)).toBe('0.07')
    expect(formatYuan(0)).toBe('0.00')
    expect(formatYuan(123456789012)).toBe('1,234,567,890.12')
    expect(formatYuan(100000000)).toBe('1,000,000.00')
  })

  it('keeps the sign of a negative amount and can leave out the grouping', () => {
    expect(formatYuan(-28750)).toBe('-287.50')
    expect(formatYuan(1234500, { grouping: false })).toBe('12345.00')
  })

  it('shows nothing for a missing amount', () => {
    expect(formatYuan(null)).toBe('')
    expect(formatYuan(undefined)).toBe('')
  })
})

describe('parseYuan', () => {
  it('reads yuan into integer fen without floating-point error', () => {
    expect(parseYuan('0.29')).toBe(29)
    expect(parseYuan('1.1')).toBe(110)
    expect(parseYuan('12')).toBe(1200)
    expect(parseYuan('12.')).toBe(1200)
    expect(parseYuan('1,234.56')).toBe(123456)
    expect(parseYuan(' ¥37008.00 ')).toBe(3700800)
    expect(parseYuan(19.99)).toBe(1999)
  })

  it('refuses more than two decimals, words, exponents and empty input', () => {
    expect(parseYuan('1.234')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
    expect(parseYuan('1e3')).toBeNull()
    expect(parseYuan('')).toBeNull()
    expect(parseYuan('  ')).toBeNull()
    expect(parseYuan(null)).toBeNull()
  })

  it('refuses a negative amount unless asked for', () => {
    expect(parseYuan('-5')).toBeNull()
    expect(parseYuan('-5.5', { allowNegative: true })).toBe(-550)
  })

  it('round-trips what formatYuan shows', () => {
    for (const fen of [0, 1, 99, 100, 171250, 2000000]) {
      expect(parseYuan(formatYuan(fen))).toBe(fen)
    }
  })
})
