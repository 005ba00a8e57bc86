import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import JudgementForm from '../components/JudgementForm.vue'
import { scoreOf, type Assessment, type Criterion } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'

const criteria: Criterion[] = [
  { id: 1, position: 1, title: '场所面积不少于60平方米', weight: 20, evidence: '照片' },
  { id: 2, position: 2, title: '专职工作人员不少于2名', weight: 30, evidence: '名单' },
  { id: 3, position: 3, title: '制度上墙公示', weight: 50, evidence: '照片' },
]

const assessment = (overrides: Partial<Assessment> = {}): Assessment => ({
  id: 7,
  stationId: 3,
  stationName: '西街社区退役军人服务站',
  regionCode: '330421103001',
  regionName: '西街社区',
  year: 2026,
  targetGrade: 'GOOD',
  setId: 2,
  setName: '优秀服务站评定标准（县局）',
  setSource: '县局细则',
  passScore: 80,
  status: 'REVIEWED',
  areaSqm: 80,
  rooms: 3,
  openingHours: '工作日',
  selfNote: null,
  createdBy: 'xijie.staff',
  submittedBy: 'xijie.staff',
  submittedAt: null,
  reviewedBy: 'xitang.staff',
  reviewNote: null,
  reviewedAt: null,
  ratedBy: null,
  ratingNote: null,
  ratedAt: null,
  score: null,
  achieved: null,
  needsTownshipReview: true,
  items: criteria.map((c) => ({
    criterion: c,
    selfMet: true,
    selfNote: null,
    reviewMet: c.id !== 1,
    ratingMet: null,
  })),
  tasks: [],
  ...overrides,
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('grading', { timeout: 20_000 }, () => {
  it('scores the weights of the criteria met', () => {
    expect(scoreOf(criteria, { 1: true, 2: false, 3: true })).toBe(70)
    expect(scoreOf(criteria, {})).toBe(0)
  })

  it("starts the county's rating from the township's findings and asks for a date when one is unmet", async () => {
    fakeBackend({})
    const wrapper = mount(JudgementForm, {
      props: { modelValue: true, assessment: assessment(), kind: 'rating' },
      global: globals(piniaWith(me(['grading:assessment:rate']))),
      attachTo: document.body,
    })
    await flushPromises()
    expect(document.querySelector('[data-test="judgement-score"]')?.textContent).toContain(
      '核定得分 80',
    )
    expect(document.querySelector('[data-test="judgement-form"]')?.textContent).toContain(
      '整改期限',
    )
    wrapper.unmount()
  })
})
