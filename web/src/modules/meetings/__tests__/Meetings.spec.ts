import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { meetingsRoutes } from '../routes'
import ActionItemDrawer from '../components/ActionItemDrawer.vue'
import MeetingListView from '../views/MeetingListView.vue'
import { donePercent, type ActionItem, type Meeting } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'

const Stub = defineComponent({ template: '<div />' })

function router() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      ...meetingsRoutes.map((r) => ({ ...r, component: Stub }) as RouteRecordRaw),
    ],
  })
}

const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 3,
  kind: 'LEADING_GROUP',
  title: '县退役军人工作领导小组全体会议',
  heldOn: '2026-04-01',
  location: null,
  agenda: '部署年度重点任务',
  minutes: null,
  regionCode: '330421000000',
  regionName: '嘉善县',
  createdBy: 'county.staff',
  createdAt: '2026-04-01T08:00:00Z',
  decisions: 4,
  decisionsDone: 1,
  decisionsOverdue: 2,
  attendees: [],
  actionItems: [],
  ...overrides,
})

const item = (overrides: Partial<ActionItem> = {}): ActionItem => ({
  id: 9,
  meetingId: 3,
  meetingTitle: '县退役军人工作领导小组全体会议',
  meetingKind: 'LEADING_GROUP',
  meetingHeldOn: '2026-04-01',
  meetingRegionCode: '330421000000',
  position: 2,
  decision: '完成镇村服务站整改',
  responsibleUnit: '大云镇人民政府',
  responsiblePerson: '孙立',
  regionCode: '330421102000',
  regionName: '大云镇',
  deadline: '2026-06-05',
  status: 'OPEN',
  overdue: true,
  daysOverdue: 10,
  supervisions: 1,
  closedOn: null,
  closingNote: null,
  closedBy: null,
  createdAt: '2026-04-01T08:00:00Z',
  events: [],
  ...overrides,
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('meetings', { timeout: 20_000 }, () => {
  it('counts a meeting without decisions as 0 % done, not NaN', () => {
    expect(donePercent({ decisions: 0, decisionsDone: 0 })).toBe(0)
    expect(donePercent({ decisions: 3, decisionsDone: 1 })).toBe(33)
  })

  it('lists meetings with how many decisions are done and overdue', async () => {
    fakeBackend({ 'GET /api/meetings': [200, pageOf([meeting()])] })
    const wrapper = mount(MeetingListView, {
      global: globals(piniaWith(me(['meetings:meeting:list'])), [router()]),
      attachTo: document.body,
    })
    await flushPromises()
    const table = wrapper.find('[data-test="meeting-table"]').text()
    expect(table).toContain('1/4 已办结')
    expect(table).toContain('逾期 2')
    expect(wrapper.find('[data-test="meeting-create"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('offers the convener 督办 and the responsible township 报告进展 and 办结', async () => {
    fakeBackend({
      'GET /api/meetings/action-items/9': [200, item()],
      'GET /api/meetings/action-items/9/evidence': [200, []],
    })
    const permissions = [
      'meetings:meeting:list',
      'meetings:action:report',
      'meetings:action:supervise',
    ]
    const county = mount(ActionItemDrawer, {
      props: { itemId: 9 },
      global: globals(piniaWith(me(permissions)), [router()]),
      attachTo: document.body,
    })
    await flushPromises()
    expect(document.body.textContent).toContain('逾期 10 天')
    expect(document.querySelector('[data-test="action-supervision"]')).not.toBeNull()
    county.unmount()
    document.body.innerHTML = ''

    const township = mount(ActionItemDrawer, {
      props: { itemId: 9 },
      global: globals(
        piniaWith(
          me(permissions, { scope: { code: '330421102000', name: '大云镇', level: 'TOWNSHIP' } }),
        ),
        [router()],
      ),
      attachTo: document.body,
    })
    await flushPromises()
    expect(document.querySelector('[data-test="action-supervision"]')).toBeNull()
    expect(document.querySelector('[data-test="action-progress"]')).not.toBeNull()
    expect(document.querySelector('[data-test="action-closure"]')).not.toBeNull()
    township.unmount()
  })
})
