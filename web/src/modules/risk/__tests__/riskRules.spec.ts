import { describe, expect, it, vi } from 'vitest'
import { suggestedDays } from '../api'
import { blankDraft, canEscalate, isOpen } from '../riskRules'

describe('a risk', () => {
  it('is given 7 days when major, 15 when significant and 30 otherwise', () => {
    expect(suggestedDays('MAJOR')).toBe(7)
    expect(suggestedDays('SIGNIFICANT')).toBe(15)
    expect(suggestedDays('GENERAL')).toBe(30)
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 5, 15, 10))
    expect(blankDraft('MAJOR', 'LEGAL_DISPUTE', '沈丽华')).toEqual({
      level: 'MAJOR',
      category: 'LEGAL_DISPUTE',
      description: '',
      owner: '沈丽华',
      deadline: '2026-06-22',
    })
    vi.useRealTimers()
  })

  it('goes up a level while open until the county has it', () => {
    expect(canEscalate({ status: 'OPEN', escalation: 'VILLAGE' })).toBe(true)
    expect(canEscalate({ status: 'OPEN', escalation: 'COUNTY' })).toBe(false)
    expect(canEscalate({ status: 'RESOLVED', escalation: 'TOWNSHIP' })).toBe(false)
    expect(isOpen({ status: 'RESOLVED' })).toBe(false)
  })
})
