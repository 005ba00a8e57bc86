import { describe, expect, it } from 'vitest'
import { percentOf } from '@/shared/utils/numbers'

describe('percentOf', () => {
  it('rounds to a whole percent', () => {
    expect(percentOf(1, 3)).toBe(33)
    expect(percentOf(2, 3)).toBe(67)
    expect(percentOf(5, 5)).toBe(100)
  })

  it('is 0 when there is nothing to count yet instead of NaN', () => {
    expect(percentOf(0, 0)).toBe(0)
    expect(percentOf(0, null)).toBe(0)
    expect(percentOf(0, undefined)).toBe(0)
  })

  it('can exceed 100 when the part overshoots (callers cap where they mean to)', () => {
    expect(percentOf(150, 100)).toBe(150)
  })
})
