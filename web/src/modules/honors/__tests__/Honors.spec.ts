import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import MeritNoticeListView from '../views/MeritNoticeListView.vue'
import PlaqueListView from '../views/PlaqueListView.vue'
import type { GloryPlaque, MeritNotice } from '../api'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'

const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

async function mountView(component: object, permissions: string[]) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { template: '<div />' } }],
  })
  await router.push('/')
  const wrapper = mount(component, {
    global: globals(piniaWith(me(permissions)), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const plaque = (overrides: Partial<GloryPlaque> = {}): GloryPlaque => ({
  id: 11,
  householdId: 3,
  headName: '张三',
  regionCode: '330421103001',
  regionName: '西街社区',
  householdAddress: '西街1号',
  status: 'ISSUED',
  replacesId: null,
  issuedOn: '2026-11-01',
  issuedBy: 'xitang.staff',
  hungOn: null,
  hungAddress: null,
  signedBy: null,
  replacedOn: null,
  replaceReason: null,
  revokedOn: null,
  revokeReason: null,
  remark: null,
  ...overrides,
})

const notice = (overrides: Partial<MeritNotice> = {}): MeritNotice => ({
  id: 21,
  memberName: '陈立功',
  memberUnit: '某部',
  award: 'SECOND_CLASS_MERIT',
  awardLabel: '二等功',
  awardTitle: null,
  awardedOn: '2026-10-01',
  receivedOn: '2026-10-10',
  familyName: '陈建国',
  relationship: '父亲',
  regionCode: '330421103001',
  regionName: '西街社区',
  address: '西街12号',
  deliveringLevel: 'COUNTY',
  deliverers: '县级退役军人事务部门负责同志和县（市、区）人民武装部负责同志',
  deadline: '2026-10-25',
  amountFen: 500000,
  status: 'PENDING',
  deliveredOn: null,
  deliveredBy: null,
  deliveryRemark: null,
  overdue: true,
  deliveredLate: false,
  createdBy: 'xitang.staff',
  ...overrides,
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('PlaqueListView', { timeout: 20_000 }, () => {
  it('registers the hanging with the family member who signed, and shows the refusal in the dialog', async () => {
    let attempts = 0
    const { requests } = fakeBackend({
      'GET /api/honors/plaques': [200, pageOf([plaque()])],
      'POST /api/honors/plaques/11/hanging': () =>
        ++attempts === 1
          ? [409, problem(409, 'PLAQUE_TRANSITION_REFUSED', '状态为“已收回”的光荣牌不能悬挂')]
          : [200, plaque({ status: 'HUNG' })],
    })
    const wrapper = await mountView(PlaqueListView, ['honors:plaque:list', 'honors:plaque:manage'])
    expect(wrapper.find('[data-test="plaque-table"]').text()).toContain('待悬挂')

    await wrapper.find('[data-test="plaque-hang"]').trigger('click')
    await flushPromises()
    await wrapper.find('input[data-test="plaque-hang-signed-by"]').setValue('张三之妻')
    await wrapper.find('[data-test="plaque-action-submit"]').trigger('click')
    await flushPromises()
    expect(document.body.querySelector('[data-test="form-error"]')?.textContent).toContain(
      '不能悬挂',
    )
    await wrapper.find('[data-test="plaque-action-submit"]').trigger('click')
    await flushPromises()
    const post = requests.filter((r) => r.method === 'POST').pop()
    expect(post?.data).toEqual({ hungOn: null, address: '西街1号', signedBy: '张三之妻' })
    wrapper.unmount()
  })

  it('offers no lifecycle actions without honors:plaque:manage', async () => {
    fakeBackend({ 'GET /api/honors/plaques': [200, pageOf([plaque()])] })
    const wrapper = await mountView(PlaqueListView, ['honors:plaque:list'])
    expect(wrapper.find('[data-test="plaque-hang"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="plaque-revoke"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('MeritNoticeListView', { timeout: 20_000 }, () => {
  it('marks an overdue notice and links its letter PDF', async () => {
    fakeBackend({ 'GET /api/honors/merit-notices': [200, pageOf([notice()])] })
    const wrapper = await mountView(MeritNoticeListView, ['honors:merit:list'])
    const table = wrapper.find('[data-test="merit-table"]').text()
    expect(table).toContain('逾期')
    expect(table).toContain('5000.00')
    expect(wrapper.find('[data-test="merit-letter"]').attributes('href')).toBe(
      '/api/honors/merit-notices/21/letter.pdf',
    )
    expect(wrapper.find('[data-test="merit-deliver"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
