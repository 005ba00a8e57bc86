import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, isoDate, today } from '@/shared/utils/dates'

afterEach(() => {
  vi.useRealTimers()
})

describe('dates', () => {
  it('writes a date as its local calendar day with two-digit month and day', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
    expect(isoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
  })

  it("today is the browser's calendar day, also just before midnight on New Year's Eve", () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59, 30))
    expect(today()).toBe('2026-12-31')
    vi.setSystemTime(new Date(2028, 1, 29, 0, 0, 1))
    expect(today()).toBe('2028-02-29')
  })

  it('adds days across months, leap days and years, and goes back for negative days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-02', 30)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})
