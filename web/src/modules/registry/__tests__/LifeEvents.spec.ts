import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ReminderQueueView from '../views/ReminderQueueView.vue'
import TransferListView from '../views/TransferListView.vue'
import ConfirmationCampaignDetailView from '../views/ConfirmationCampaignDetailView.vue'
import VeteranDetailView from '../views/VeteranDetailView.vue'
import { clearDictionaryCache } from '../composables/useDictionaries'
import type { ConfirmationItem, Reminder, TransferRequest } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { categories, testRouter, veteran } from './fixtures'

const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

async function mountAt(component: object, path: string, permissions: string[]) {
  const router = await testRouter(path)
  const wrapper = mount(component, {
    global: globals(piniaWith(me(permissions)), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const reminder = (overrides: Partial<Reminder> = {}): Reminder => ({
  kind: 'SURVIVOR_CHILD_18',
  camCode: '01',
  label: '年满18周岁三属',
  personType: 'FAMILY_MEMBER',
  personId: 31,
  veteranId: 5,
  name: '张小明',
  birthDate: '2008-05-01',
  regionCode: '330421100001',
  thresholdDate: '2026-05-01',
  daysLeft: -3,
  ...overrides,
})

const transfer = (overrides: Partial<TransferRequest> = {}): TransferRequest => ({
  id: 7,
  veteranId: 5,
  veteranName: '张三',
  fromRegionCode: '330421100001',
  fromRegionName: '西塘镇',
  toRegionCode: '330421101001',
  toRegionName: '大云镇',
  reason: '随子女居住',
  status: 'PENDING',
  requestedBy: 'xitang.staff',
  requestedAt: '2026-03-01T08:00:00Z',
  decidedBy: null,
  decidedAt: null,
  decidedOn: null,
  decisionReason: null,
  paymentCutOver: null,
  ...overrides,
})

const item = (overrides: Partial<ConfirmationItem> = {}): ConfirmationItem => ({
  id: 41,
  campaignId: 3,
  deadline: '2026-06-30',
  veteranId: 5,
  familyMemberId: null,
  personName: '张三',
  regionCode: '330421100001',
  categories: ['11'],
  status: 'PENDING',
  method: null,
  confirmedOn: null,
  remark: null,
  confirmedBy: null,
  ...overrides,
})

beforeEach(() => clearDictionaryCache())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ReminderQueueView', { timeout: 20_000 }, () => {
  it('colours the days left and marks a reminder handled, then reloads', async () => {
    const { requests } = fakeBackend({
      'GET /api/registry/reminders': [
        200,
        pageOf([
          reminder(),
          reminder({ kind: 'VETERAN_60', personType: 'VETERAN', personId: 5, daysLeft: 12 }),
        ]),
      ],
      'POST /api/registry/reminders/handled': [204],
    })
    const wrapper = await mountAt(ReminderQueueView, '/registry/reminders', [
      'registry:reminder:list',
      'registry:reminder:handle',
    ])

    const days = wrapper.findAll('[data-test="reminder-days"]')
    expect(days[0]!.text()).toBe('已过 3 天')
    expect(days[0]!.classes()).toContain('days--passed')
    expect(days[1]!.classes()).toContain('days--soon')
    expect(wrapper.find('[data-test="reminder-table"]').text()).toContain('年满18周岁三属')

    await wrapper.findAll('[data-test="reminder-handle"]')[0]!.trigger('click')
    await flushPromises()
    await wrapper.find('textarea[data-test="reminder-note"]').setValue('已通知家属')
    await wrapper.find('[data-test="reminder-submit"]').trigger('click')
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST')
    expect(post?.url).toBe('/api/registry/reminders/handled')
    expect(post?.data).toEqual({
      kind: 'SURVIVOR_CHILD_18',
      personType: 'FAMILY_MEMBER',
      personId: 31,
      note: '已通知家属',
    })
    const lists = requests.filter((r) => r.url === '/api/registry/reminders')
    expect(lists).toHaveLength(2)
    wrapper.unmount()
  })

  it('offers 标记已处理 only with registry:reminder:handle', async () => {
    fakeBackend({ 'GET /api/registry/reminders': [200, pageOf([reminder()])] })
    const wrapper = await mountAt(ReminderQueueView, '/registry/reminders', [
      'registry:reminder:list',
    ])
    expect(wrapper.find('[data-test="reminder-table"]').text()).toContain('张小明')
    expect(wrapper.find('[data-test="reminder-handle"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('TransferListView', { timeout: 20_000 }, () => {
  it('hides approve and reject without registry:transfer:decide', async () => {
    const { requests } = fakeBackend({
      'GET /api/registry/transfers': [200, pageOf([transfer()])],
    })
    const wrapper = await mountAt(TransferListView, '/registry/transfers', [
      'registry:transfer:list',
    ])

    expect(requests[0]?.params).toMatchObject({ direction: 'incoming', status: 'PENDING' })
    expect(wrapper.find('[data-test="transfer-table"]').text()).toContain('张三')
    expect(wrapper.find('[data-test="transfer-approve"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="transfer-reject"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('offers approve and reject on pending incoming requests to deciders', async () => {
    const { requests } = fakeBackend({
      'GET /api/registry/transfers': [200, pageOf([transfer()])],
      'POST /api/registry/transfers/7/rejection': [200, transfer({ status: 'REJECTED' })],
    })
    const wrapper = await mountAt(TransferListView, '/registry/transfers', [
      'registry:transfer:list',
      'registry:transfer:decide',
    ])

    expect(wrapper.find('[data-test="transfer-approve"]').exists()).toBe(true)
    await wrapper.find('[data-test="transfer-reject"]').trigger('click')
    await flushPromises()
    await wrapper.find('textarea[data-test="transfer-reject-reason"]').setValue('材料不全')
    await wrapper.find('[data-test="transfer-reject-submit"]').trigger('click')
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST')
    expect(post?.url).toBe('/api/registry/transfers/7/rejection')
    expect(post?.data).toEqual({ reason: '材料不全' })
    wrapper.unmount()
  })
})

describe('ConfirmationCampaignDetailView', { timeout: 20_000 }, () => {
  it('shows the counts and posts the chosen confirmation method', async () => {
    const { requests } = fakeBackend({
      'GET /api/registry/confirmation-campaigns/3': [
        200,
        {
          id: 3,
          year: 2026,
          name: '2026年度优抚对象年度确认',
          regionCode: '330421000000',
          regionName: '嘉善县',
          deadline: '2026-06-30',
          createdBy: 'county.admin',
          createdAt: '2026-01-05T08:00:00Z',
          total: 4,
          confirmed: 1,
          unconfirmed: 3,
          overdue: 0,
        },
      ],
      'GET /api/registry/confirmation-campaigns/3/items': [200, pageOf([item()])],
      'GET /api/registry/dictionaries/BENEFICIARY_CATEGORY': [200, categories],
      'POST /api/registry/confirmation-campaigns/3/items/41/confirmation': [
        200,
        item({ status: 'CONFIRMED', method: 'HOME_VISIT' }),
      ],
    })
    const wrapper = await mountAt(ConfirmationCampaignDetailView, '/registry/confirmations/3', [
      'registry:confirmation:list',
      'registry:confirmation:record',
    ])

    expect(wrapper.find('[data-test="campaign-stat-total"]').text()).toContain('4')
    expect(wrapper.find('[data-test="campaign-stat-pending"]').text()).toContain('3')
    expect(wrapper.find('[data-test="campaign-items"]').text()).toContain('伤残军人')

    await wrapper.find('[data-test="campaign-confirm"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-test="confirm-method-HOME_VISIT"] input').setValue(true)
    await wrapper.find('textarea[data-test="confirm-remark"]').setValue('入户见到本人')
    await wrapper.find('[data-test="confirm-submit"]').trigger('click')
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST')
    expect(post?.url).toBe('/api/registry/confirmation-campaigns/3/items/41/confirmation')
    expect(post?.data).toMatchObject({ method: 'HOME_VISIT', remark: '入户见到本人' })
    expect((post?.data as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // counts and items are reloaded
    expect(requests.filter((r) => r.url === '/api/registry/confirmation-campaigns/3')).toHaveLength(
      2,
    )
    wrapper.unmount()
  })
})

describe('VeteranDetailView life events', { timeout: 20_000 }, () => {
  function backend(overrides = {}) {
    return fakeBackend({
      'GET /api/registry/veterans/5': [200, veteran(overrides)],
      'GET /api/registry/veterans/5/family-members': [200, []],
      'GET /api/registry/veterans/5/beneficiaries': [200, []],
    })
  }

  it('guards 报告去世 and 申请迁移 by permission', async () => {
    backend()
    const without = await mountAt(VeteranDetailView, '/registry/veterans/5', [
      'registry:veteran:list',
    ])
    expect(without.find('[data-test="veteran-death"]').exists()).toBe(false)
    expect(without.find('[data-test="veteran-transfer"]').exists()).toBe(false)
    without.unmount()

    backend()
    const withBoth = await mountAt(VeteranDetailView, '/registry/veterans/5', [
      'registry:veteran:list',
      'registry:veteran:report-death',
      'registry:transfer:create',
    ])
    expect(withBoth.find('[data-test="veteran-death"]').exists()).toBe(true)
    expect(withBoth.find('[data-test="veteran-transfer"]').exists()).toBe(true)
    withBoth.unmount()
  })

  it('asks for the cause of a death recorded without one and records it once (抚恤条例第三十二条)', async () => {
    const server = fakeBackend({
      'GET /api/registry/veterans/5': [
        200,
        veteran({ deathDate: '2024-02-01', deathSource: '家属报告' }),
      ],
      'GET /api/registry/veterans/5/family-members': [200, []],
      'GET /api/registry/veterans/5/beneficiaries': [200, []],
      'POST /api/registry/veterans/5/death/cause': [
        200,
        veteran({ deathDate: '2024-02-01', deathSource: '家属报告', deathCause: 'ILLNESS' }),
      ],
    })
    const wrapper = await mountAt(VeteranDetailView, '/registry/veterans/5', [
      'registry:veteran:list',
      'registry:veteran:report-death',
    ])
    expect(wrapper.find('[data-test="death-cause-missing"]').exists()).toBe(true)
    const select = wrapper
      .findAllComponents({ name: 'ElSelect' })
      .find((c) => c.vm.$attrs['data-test'] === 'death-cause-record')!
    select.vm.$emit('update:modelValue', 'ILLNESS')
    await wrapper.find('[data-test="death-cause-save"]').trigger('click')
    await flushPromises()
    expect(server.requests.find((r) => r.method === 'POST')?.data).toEqual({
      cause: 'ILLNESS',
      documents: null,
    })
    expect(wrapper.find('[data-test="death-cause-missing"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('因病死亡')
    wrapper.unmount()
  })

  it('offers neither once the death is reported', async () => {
    backend({ deathDate: '2026-02-01', deathSource: '家属报告' })
    const wrapper = await mountAt(VeteranDetailView, '/registry/veterans/5', [
      'registry:veteran:list',
      'registry:veteran:report-death',
      'registry:transfer:create',
    ])
    expect(wrapper.find('[data-test="veteran-deceased"]').text()).toContain('2026-02-01')
    expect(wrapper.find('[data-test="veteran-death"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="veteran-transfer"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
