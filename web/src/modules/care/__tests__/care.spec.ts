import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ProblemListView from '../views/ProblemListView.vue'
import { campaignPhase, toFen, type Problem } from '../api'
import { fakeBackend, globals, me, piniaWith, problem as problemReply } from '@/test/support'

const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  id: 3,
  source: 'VISIT',
  visitId: 9,
  contactRecordId: null,
  veteranId: 5,
  subjectName: '沈国强',
  regionCode: '330421103207',
  regionName: '东汇村委会',
  raisedOn: '2026-10-01',
  description: '房屋漏雨，需要维修',
  assignee: '李秀英',
  deadline: '2026-10-31',
  status: 'OPEN',
  overdue: true,
  closingNote: null,
  resolvedOn: null,
  resolvedBy: null,
  createdBy: 'xitang.staff',
  ...overrides,
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('money in fen', () => {
  it('converts typed yuan to fen exactly', () => {
    expect(toFen(0.29)).toBe(29)
    expect(toFen(1234.56)).toBe(123456)
  })
})

describe('ProblemListView', () => {
  it('marks overdue problems and asks only for overdue ones when the box is ticked', async () => {
    const { requests } = fakeBackend({
      'GET /api/care/problems': [200, pageOf([problem(), problem({ id: 4, overdue: false })])],
    })
    const wrapper = mount(ProblemListView, {
      global: globals(piniaWith(me(['care:problem:list', 'care:problem:handle']))),
      attachTo: document.body,
    })
    await flushPromises()
    expect(wrapper.findAll('[data-test=problem-overdue-tag]')).toHaveLength(1)
    expect(wrapper.findAll('[data-test=problem-resolve]')).toHaveLength(2)

    await wrapper.find('[data-test=problem-overdue] input').setValue(true)
    await flushPromises()
    expect(requests.at(-1)?.params).toMatchObject({ overdue: true })
  })

  it('shows the server refusal when a problem is resolved without a closing note', async () => {
    fakeBackend({
      'GET /api/care/problems': [200, pageOf([problem()])],
      'POST /api/care/problems/3/resolution': [
        400,
        problemReply(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [{ field: 'closingNote', message: '请填写办结说明' }],
        }),
      ],
    })
    const wrapper = mount(ProblemListView, {
      global: globals(piniaWith(me(['care:problem:list', 'care:problem:handle']))),
      attachTo: document.body,
    })
    await flushPromises()
    await wrapper.find('[data-test=problem-resolve]').trigger('click')
    await flushPromises()
    ;(document.querySelector('[data-test=problem-resolve-submit]') as HTMLElement).click()
    await flushPromises()
    await vi.waitFor(() =>
      expect(document.querySelector('.el-dialog .el-alert')?.textContent).toContain(
        '请填写办结说明',
      ),
    )
  })

  it('hides the handling buttons without care:problem:handle', async () => {
    fakeBackend({ 'GET /api/care/problems': [200, pageOf([problem()])] })
    const wrapper = mount(ProblemListView, {
      global: globals(piniaWith(me(['care:problem:list']))),
      attachTo: document.body,
    })
    await flushPromises()
    expect(wrapper.find('[data-test=problem-resolve]').exists()).toBe(false)
  })
})

describe('campaignPhase', () => {
  const dates = { startsOn: '2026-07-20', endsOn: '2026-08-10' }

  it('calls an open campaign 进行中 only between its dates', () => {
    expect(campaignPhase({ status: 'OPEN', ...dates }, '2026-07-19').label).toBe('未开始')
    expect(campaignPhase({ status: 'OPEN', ...dates }, '2026-07-20').label).toBe('进行中')
    expect(campaignPhase({ status: 'OPEN', ...dates }, '2026-08-10').label).toBe('进行中')
  })

  it('marks a past 八一 campaign still open as waiting to be closed, a closed one as ended', () => {
    const past = campaignPhase({ status: 'OPEN', ...dates }, '2026-12-07')
    expect(past.label).toBe('已过结束日期，待结束')
    expect(past.type).toBe('warning')
    expect(campaignPhase({ status: 'CLOSED', ...dates }, '2026-08-01').label).toBe('已结束')
  })
})
