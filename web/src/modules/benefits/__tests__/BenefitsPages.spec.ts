import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, ElTooltip } from 'element-plus'
import StandardListView from '../views/StandardListView.vue'
import OnTimeView from '../views/OnTimeView.vue'
import ConscriptAllowanceView from '../views/ConscriptAllowanceView.vue'
import OverpaymentListView from '../views/OverpaymentListView.vue'
import { BenefitsPermissions as P } from '../permissions'
import type { Overpayment, OverpaymentDetail, Standard } from '../api'
import { clearDictionaryCache } from '@/modules/registry/composables/useDictionaries'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { testRouter } from './fixtures'

const countyStaff = Object.values(P) as string[]

async function mountAt(
  component: object,
  path: string,
  username: string,
  permissions = countyStaff,
) {
  const router = await testRouter(path)
  const wrapper = mount(component, {
    global: globals(piniaWith(me(permissions, { username })), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const standard = (o: Partial<Standard> = {}): Standard => ({
  id: 8,
  benefitType: 'DISABILITY_PENSION',
  category: '11',
  disabilityGrade: 5,
  disabilityCause: 'COMBAT',
  householdType: 'ANY',
  regionCode: '330421000000',
  component: 'BASE',
  effectiveFrom: '2030-08-01',
  annualFen: 2055000,
  percent: null,
  indicatorFen: null,
  indicatorName: null,
  monthlyFen: 171250,
  basis: '退役军人部发〔2030〕1号',
  status: 'DRAFT',
  createdBy: 'county.staff',
  createdAt: '2030-07-01T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
  ...o,
})

beforeEach(() => clearDictionaryCache())
afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('StandardListView', { timeout: 20_000 }, () => {
  const backend = () =>
    fakeBackend({
      'GET /api/benefits/standards': [200, [standard()]],
      'GET /api/registry/dictionaries/BENEFICIARY_CATEGORY': [
        200,
        [
          {
            kind: 'BENEFICIARY_CATEGORY',
            code: '11',
            label: '伤残军人',
            sortOrder: 1,
            builtin: true,
            active: true,
          },
        ],
      ],
      'POST /api/benefits/standards/8/approve': [200, standard({ status: 'APPROVED' })],
    })

  it('shows the key, the yearly and monthly amounts in yuan, and keeps the author from approving', async () => {
    backend()
    const wrapper = await mountAt(StandardListView, '/benefits/standards', 'county.staff')
    const table = wrapper.find('[data-test="standard-table"]').text()
    expect(table).toContain('伤残军人 · 5级 · 因战')
    expect(table).toContain('20,550.00 元/年 ÷ 12')
    expect(wrapper.find('[data-test="standard-monthly"]').text()).toBe('1,712.50')
    expect(wrapper.find('[data-test="standard-approve"]').attributes('disabled')).toBeDefined()
    const tip = wrapper
      .findAllComponents(ElTooltip)
      .find((t) => t.find('[data-test="standard-approve"]').exists())!
    expect(tip.props('content')).toContain('不能审核自己录入的标准')
    wrapper.unmount()
  })

  it('lets a second person approve a draft', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const { requests } = backend()
    const wrapper = await mountAt(StandardListView, '/benefits/standards', 'county.checker')
    await wrapper.find('[data-test="standard-approve"]').trigger('click')
    await flushPromises()
    expect(
      requests.some((r) => r.method === 'POST' && r.url === '/api/benefits/standards/8/approve'),
    ).toBe(true)
    wrapper.unmount()
  })
})

describe('OnTimeView', { timeout: 20_000 }, () => {
  it('sums the figures of all regions and months, draws a bar per region and links the CSV', async () => {
    const { requests } = fakeBackend({
      'GET /api/benefits/on-time': [
        200,
        [
          {
            regionCode: '330421103000',
            regionName: '西塘镇',
            month: '2031-01-01',
            due: 100,
            paidOnTime: 90,
            paidLate: 5,
            failed: 3,
            outstanding: 2,
          },
          {
            regionCode: '330421102000',
            regionName: '大云镇',
            month: '2031-01-01',
            due: 50,
            paidOnTime: 50,
            paidLate: 0,
            failed: 0,
            outstanding: 0,
          },
        ],
      ],
    })
    const wrapper = await mountAt(OnTimeView, '/benefits/on-time', 'county.staff')
    expect(requests[0]?.params).toMatchObject({ from: expect.stringMatching(/^\d{4}-\d{2}$/) })
    expect(wrapper.find('[data-test="kpi-due"]').text()).toContain('150')
    expect(wrapper.find('[data-test="kpi-on-time"]').text()).toContain('140')
    expect(wrapper.find('[data-test="kpi-late"]').text()).toContain('5')
    expect(wrapper.find('[data-test="kpi-failed"]').text()).toContain('3')
    expect(wrapper.find('[data-test="kpi-outstanding"]').text()).toContain('2')
    expect(wrapper.find('[data-test="kpi-rate"]').text()).toContain('93.3')
    const bars = wrapper.findAll('[data-test="kpi-bar"]')
    expect(bars.map((b) => b.text())).toEqual([
      expect.stringContaining('西塘镇'),
      expect.stringContaining('大云镇'),
    ])
    expect(bars[0]!.text()).toContain('90%（90/100）')
    expect(wrapper.find('[data-test="kpi-export"]').attributes('href')).toMatch(
      /^\/api\/benefits\/on-time\.csv\?from=/,
    )
    wrapper.unmount()
  })
})

describe('ConscriptAllowanceView', { timeout: 20_000 }, () => {
  it("runs the year for the county and shows each family's formula and the total", async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const row = {
      conscriptId: 1,
      name: '李四',
      regionCode: '330421103001',
      year: 2031,
      standardId: 3,
      amountFen: 5773248,
      explanation:
        '上年度城镇居民人均可支配收入 37008.00元 × 40% = 14803.20元；西藏 ×3；本科及以上毕业 +30% → 57732.48元',
    }
    const { requests } = fakeBackend({
      'GET /api/benefits/conscript-allowance/roster': [200, []],
      'POST /api/benefits/conscript-allowance/runs': [
        200,
        [row, { ...row, conscriptId: 2, name: '王五', amountFen: 1480320 }],
      ],
    })
    const wrapper = await mountAt(
      ConscriptAllowanceView,
      '/benefits/conscript-allowance',
      'county.staff',
    )
    expect(requests[0]?.params).toMatchObject({ countyCode: '330421000000' })

    await wrapper.find('[data-test="conscript-run"]').trigger('click')
    await flushPromises()
    const post = requests.find((r) => r.method === 'POST')
    expect(post?.params).toMatchObject({ countyCode: '330421000000' })
    expect(wrapper.find('[data-test="conscript-count"]').text()).toBe('2')
    expect(wrapper.find('[data-test="conscript-total"]').text()).toBe('72,535.68')
    expect(wrapper.find('[data-test="conscript-formula"]').text()).toContain('西藏 ×3')
    wrapper.unmount()
  })
})

const overpayment = (o: Partial<Overpayment> = {}): Overpayment => ({
  id: 1,
  beneficiaryId: 301,
  benefitType: 'SURVIVOR_PENSION',
  veteranId: 5,
  regionCode: '330421103001',
  firstMonth: '2025-10-01',
  lastMonth: '2025-12-01',
  amountFen: 635700,
  recoveredFen: 0,
  outstandingFen: 635700,
  reason: '去世后超出丧葬补助期发放，应追缴',
  status: 'OPEN',
  createdAt: '2026-01-05T02:00:00Z',
  waiverReason: null,
  waiverRequestedBy: null,
  waiverRequestedAt: null,
  waivedBy: null,
  waivedAt: null,
  ...o,
})

const detailOf = (o: Overpayment, extra: Partial<OverpaymentDetail> = {}): OverpaymentDetail => ({
  overpayment: o,
  recoveries: [],
  history: [
    {
      id: 0,
      action: 'CREATED',
      amountFen: o.amountFen,
      actor: 'system',
      actedAt: o.createdAt,
      note: o.reason,
    },
  ],
  ...extra,
})

/** The drawer is teleported to the body. */
function inBody<T extends Element = HTMLElement>(test: string): T | null {
  return document.querySelector<T>(`[data-test="${test}"]`)
}

async function typeInto(test: string, text: string) {
  const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    `input[data-test="${test}"], textarea[data-test="${test}"]`,
  )!
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function click(test: string) {
  inBody<HTMLButtonElement>(test)!.click()
  await flushPromises()
}

describe('OverpaymentListView', { timeout: 20_000 }, () => {
  it('lists the overpayments and sums what is still outstanding in yuan', async () => {
    fakeBackend({
      'GET /api/benefits/overpayments': [
        200,
        [
          overpayment({ recoveredFen: 100000, outstandingFen: 535700 }),
          overpayment({ id: 2, amountFen: 100, outstandingFen: 0, status: 'RECOVERED' }),
        ],
      ],
    })
    const wrapper = await mountAt(OverpaymentListView, '/benefits/overpayments', 'county.staff')
    expect(wrapper.find('[data-test="overpayment-open-total"]').text()).toBe('5,357.00')
    expect(wrapper.find('[data-test="overpayment-table"]').text()).toContain('2025-10 至 2025-12')
    wrapper.unmount()
  })

  it('records a partial recovery in fen from the drawer, refusing more than is outstanding', async () => {
    let current = overpayment()
    const { requests } = fakeBackend({
      'GET /api/benefits/overpayments': () => [200, [current]],
      'GET /api/benefits/overpayments/1': () => [200, detailOf(current)],
      'POST /api/benefits/overpayments/1/recoveries': () => {
        current = overpayment({ recoveredFen: 200050, outstandingFen: 435650 })
        return [201, detailOf(current)]
      },
    })
    const wrapper = await mountAt(OverpaymentListView, '/benefits/overpayments', 'county.staff')
    await wrapper.find('[data-test="overpayment-open"]').trigger('click')
    await flushPromises()
    expect(inBody('overpayment-outstanding')!.textContent).toBe('6,357.00')
    expect(inBody('overpayment-history')!.textContent).toContain('登记追缴')

    await typeInto('recovery-amount', '6357.01')
    await click('recovery-submit')
    expect(inBody('recovery-error')!.textContent).toContain('不能多收')
    expect(requests.some((r) => r.method === 'POST')).toBe(false)

    await typeInto('recovery-amount', '2,000.50')
    await typeInto('recovery-reference', '收据 001')
    await click('recovery-submit')
    const sent = requests.find((r) => r.method === 'POST')
    expect(sent?.data).toMatchObject({
      amountFen: 200050,
      method: 'COUNTER',
      reference: '收据 001',
    })
    expect(inBody('overpayment-outstanding')!.textContent).toBe('4,356.50')
    wrapper.unmount()
  })

  it('lets a second person approve a requested waiver, but not the requester', async () => {
    const pending = overpayment({
      waiverReason: '确无能力退还',
      waiverRequestedBy: 'county.staff',
      waiverRequestedAt: '2026-02-01T02:00:00Z',
    })
    const { requests } = fakeBackend({
      'GET /api/benefits/overpayments': [200, [pending]],
      'GET /api/benefits/overpayments/1': [200, detailOf(pending)],
      'POST /api/benefits/overpayments/1/waiver/approve': [
        200,
        detailOf(overpayment({ status: 'WAIVED', outstandingFen: 0, waivedBy: 'county.checker' })),
      ],
    })
    const requester = await mountAt(OverpaymentListView, '/benefits/overpayments', 'county.staff')
    await requester.find('[data-test="overpayment-open"]').trigger('click')
    await flushPromises()
    expect(inBody('waiver-pending')!.textContent).toContain('确无能力退还')
    expect(inBody<HTMLButtonElement>('waiver-approve')!.disabled).toBe(true)
    expect(inBody('waiver-request')).toBeNull()
    requester.unmount()
    document.body.innerHTML = ''

    const checker = await mountAt(OverpaymentListView, '/benefits/overpayments', 'county.checker')
    await checker.find('[data-test="overpayment-open"]').trigger('click')
    await flushPromises()
    expect(inBody<HTMLButtonElement>('waiver-approve')!.disabled).toBe(false)
    await typeInto('waiver-comment', '同意')
    await click('waiver-approve')
    const sent = requests.find((r) => r.url === '/api/benefits/overpayments/1/waiver/approve')
    expect(sent?.data).toEqual({ reason: '同意' })
    expect(inBody('overpayment-detail-status')!.textContent).toBe('已核销')
    expect(inBody('recovery-submit')).toBeNull()
    checker.unmount()
  })
})
