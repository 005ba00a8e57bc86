import { describe, expect, it } from 'vitest'
import { limitsText, nextSteps, payRange, type JobPosting } from '../api'

const post = (changes: Partial<JobPosting>): JobPosting => ({
  id: 1,
  employerId: 1,
  employerName: '嘉善县公共交通有限公司',
  employerKind: 'STATE_OWNED',
  employerIndustry: '交通运输',
  regionCode: '330421000000',
  title: '公交车驾驶员',
  kind: 'GENERAL',
  workplaceRegionCode: '330421001000',
  education: null,
  veteranEducation: null,
  ageMax: null,
  veteranAgeMax: null,
  minServiceYears: null,
  skills: [],
  certificates: [],
  physical: null,
  payMinFen: null,
  payMaxFen: null,
  openings: 1,
  filled: 0,
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  description: null,
  closed: false,
  open: true,
  createdBy: 'county.staff',
  createdAt: '2026-01-01T00:00:00+08:00',
  ...changes,
})

describe('post texts', () => {
  it('names the limits relaxed for veterans (退役军人保障法第四十二条)', () => {
    expect(
      limitsText(post({ ageMax: 40, veteranAgeMax: 45, education: '60', veteranEducation: '70' })),
    ).toBe('40岁以下（退役军人放宽至45岁），高中及以上（退役军人放宽至初中）')
    expect(limitsText(post({ minServiceYears: 5, education: '30' }))).toBe(
      '大学专科及以上，服现役满5年',
    )
    expect(limitsText(post({}))).toBe('不限')
  })

  it('shows monthly pay in whole yuan', () => {
    expect(payRange(650000, 850000)).toBe('6500–8500 元/月')
    expect(payRange(null, null)).toBe('面议')
    expect(payRange(500000, null)).toBe('5000 元/月起')
  })
})

describe('referral steps', () => {
  it('goes from a referral to an interview or an outcome, and no further after an outcome', () => {
    expect(nextSteps('REFERRED')).toEqual(['INTERVIEWED', 'HIRED', 'NOT_HIRED', 'DECLINED'])
    expect(nextSteps('INTERVIEWED')).toEqual(['HIRED', 'NOT_HIRED', 'DECLINED'])
    expect(nextSteps('HIRED')).toEqual([])
  })
})
