import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { defineComponent } from 'vue'
import GrantDetailView from '../views/GrantDetailView.vue'
import GrantInboxView from '../views/GrantInboxView.vue'
import { grantsRoutes } from '../routes'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { defaults, grant } from './fixtures'

const Stub = defineComponent({ template: '<div />' })
const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

async function mountAt(component: object, path: string, user: ReturnType<typeof me>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      { path: '/registry/veterans/:id', component: Stub },
      ...grantsRoutes.map((r) => ({ ...r, component: Stub }) as RouteRecordRaw),
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    global: globals(piniaWith(user), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const xitang = me(['grants:grant:list', 'grants:grant:review', 'grants:grant:pay'], {
  username: 'xitang.staff',
  scope: { code: '330421103000', name: '西塘镇', level: 'TOWNSHIP' },
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('GrantDetailView', { timeout: 20_000 }, () => {
  it('asks a reason before rejecting and posts the decision', async () => {
    const { requests } = fakeBackend({
      'GET /api/grants/11': [200, grant()],
      'GET /api/grants/policies/330421000000': [200, defaults],
      'GET /api/grants/11/attachments': [200, []],
      'POST /api/grants/11/decisions': [200, grant({ status: 'REJECTED', currentLevel: null })],
    })
    const wrapper = await mountAt(GrantDetailView, '/grants/11', xitang)
    expect(wrapper.find('[data-test="grant-facts"]').text()).toContain('2,000.00')

    await wrapper.find('[data-test="grant-reject"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-test="decision-submit"]').trigger('click')
    await flushPromises()
    expect(requests.some((r) => r.method === 'POST')).toBe(false)

    await wrapper.find('textarea[data-test="decision-remark"]').setValue('收入超过标准')
    await wrapper.find('[data-test="decision-submit"]').trigger('click')
    await flushPromises()
    const post = requests.find((r) => r.method === 'POST')
    expect(post?.url).toBe('/api/grants/11/decisions')
    expect(post?.data).toEqual({ action: 'REJECT', amountFen: null, remark: '收入超过标准' })
    expect(wrapper.find('[data-test="grant-detail-status"]').text()).toBe('已驳回')
    wrapper.unmount()
  })

  it('says an approval above the township cap goes to the county', async () => {
    fakeBackend({
      'GET /api/grants/11': [200, grant()],
      'GET /api/grants/policies/330421000000': [200, defaults],
      'GET /api/grants/11/attachments': [200, []],
    })
    const wrapper = await mountAt(GrantDetailView, '/grants/11', xitang)
    await wrapper.find('[data-test="grant-approve"]').trigger('click')
    await flushPromises()
    expect(document.querySelector('[data-test="decision-effect"]')?.textContent).toContain(
      '县级审批',
    )
    wrapper.unmount()
  })

  it('offers no decision to the submitter and shows why', async () => {
    fakeBackend({
      'GET /api/grants/11': [200, grant({ submittedBy: 'xitang.staff' })],
      'GET /api/grants/policies/330421000000': [200, defaults],
      'GET /api/grants/11/attachments': [200, []],
    })
    const wrapper = await mountAt(GrantDetailView, '/grants/11', xitang)
    expect(wrapper.find('[data-test="grant-approve"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="grant-decide-hint"]').text()).toContain('他人审批')
    wrapper.unmount()
  })

  it('shows the review trail and offers offline payment for an approved offline grant', async () => {
    fakeBackend({
      'GET /api/grants/11': [
        200,
        grant({
          status: 'APPROVED',
          currentLevel: null,
          payout: 'OFFLINE',
          approvedFen: 1_800_00,
          decisions: [
            {
              id: 1,
              round: 1,
              level: 'TOWNSHIP',
              outcome: 'FORWARDED',
              amountFen: 1_800_00,
              remark: '建议1800元',
              decidedBy: 'xitang.staff',
              decidedAt: '2026-11-02T08:00:00Z',
            },
            {
              id: 2,
              round: 1,
              level: 'COUNTY',
              outcome: 'APPROVED',
              amountFen: 1_800_00,
              remark: null,
              decidedBy: 'county.staff',
              decidedAt: '2026-11-03T08:00:00Z',
            },
          ],
        }),
      ],
      'GET /api/grants/policies/330421000000': [200, defaults],
      'GET /api/grants/11/attachments': [
        200,
        [
          {
            id: 'a1',
            fileName: '住院发票.pdf',
            contentType: 'application/pdf',
            size: 1024,
            sha256: 'x',
            uploadedBy: 'xijie.staff',
            uploadedAt: '2026-11-01T08:00:00Z',
          },
        ],
      ],
    })
    const wrapper = await mountAt(GrantDetailView, '/grants/11', xitang)
    const items = wrapper.findAll('[data-test="grant-trail-item"]')
    expect(items).toHaveLength(2)
    expect(items[0]!.text()).toContain('同意并报上级')
    expect(items[1]!.text()).toContain('county.staff')
    expect(wrapper.find('[data-test="grant-pay"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="attachment-panel"]').text()).toContain('住院发票.pdf')
    expect(wrapper.find('[data-test="attachment-upload"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="grant-approve"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('GrantInboxView', { timeout: 20_000 }, () => {
  it('lists what waits at my level', async () => {
    const { requests } = fakeBackend({ 'GET /api/grants/inbox': [200, pageOf([grant()])] })
    const wrapper = await mountAt(GrantInboxView, '/grants/inbox', xitang)
    expect(requests[0]?.url).toBe('/api/grants/inbox')
    expect(wrapper.find('[data-test="inbox-level"]').text()).toBe('乡镇（街道）审核')
    expect(wrapper.find('[data-test="grant-inbox"]').text()).toContain('张三')
    wrapper.unmount()
  })
})
