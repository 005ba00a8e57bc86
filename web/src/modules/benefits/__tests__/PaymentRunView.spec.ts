import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ElTooltip } from 'element-plus'
import PaymentRunView from '../views/PaymentRunView.vue'
import PaymentRunListView from '../views/PaymentRunListView.vue'
import { SAME_PERSON_REASON } from '../runWorkflow'
import { BenefitsPermissions as P } from '../permissions'
import type { Job } from '@/modules/jobs/api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { pageOf, paymentLine, paymentRun, testRouter } from './fixtures'

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
  return { wrapper, router }
}

/** The review dialog is teleported to the body. */
async function typeComment(text: string) {
  const textarea = document.querySelector<HTMLTextAreaElement>(
    'textarea[data-test="run-review-comment"]',
  )!
  textarea.value = text
  textarea.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function submitReview() {
  document.querySelector<HTMLButtonElement>('[data-test="run-review-submit"]')!.click()
  await flushPromises()
}

function review(overrides: object = {}) {
  return {
    id: 1,
    runId: 12,
    action: 'PREPARED',
    actor: 'county.checker',
    actedAt: '2031-01-05T02:00:00Z',
    comment: null,
    ...overrides,
  }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('PaymentRunView', { timeout: 20_000 }, () => {
  it('shows the lines with yuan amounts and their explanation, account masked', async () => {
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': [200, paymentRun()],
      'GET /api/benefits/runs/12/lines': [
        200,
        pageOf([
          paymentLine(),
          paymentLine({
            reference: '12-302',
            kind: 'TOP_UP',
            amountFen: 28750,
            explanation: '补发（调标）：2030-02 应发2000.00元，已发1712.50元，补发287.50元',
          }),
        ]),
      ],
    })
    const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.checker')

    expect(wrapper.find('[data-test="run-total"]').text()).toBe('1,234,567.89')
    expect(wrapper.find('[data-test="run-line-count"]').text()).toBe('300')
    expect(wrapper.find('[data-test="run-status"]').text()).toBe('待审核')
    const amounts = wrapper.findAll('[data-test="line-amount"]').map((a) => a.text())
    expect(amounts).toEqual(['1,712.50', '287.50'])
    const explanations = wrapper.findAll('[data-test="line-explanation"]').map((e) => e.text())
    expect(explanations[1]).toContain('补发（调标）')
    expect(wrapper.find('[data-test="line-table"]').text()).toContain('6228************1234')

    // filter by state
    await wrapper.find('[data-test="line-state"]').findAll('input')[3]!.setValue(true)
    await flushPromises()
    const lineRequests = requests.filter((r) => r.url === '/api/benefits/runs/12/lines')
    expect(lineRequests.at(-1)?.params).toMatchObject({ state: 'FAILED', page: 0 })
    wrapper.unmount()
  })

  it('disables approve for the preparer, with the maker-checker reason as tooltip', async () => {
    fakeBackend({
      'GET /api/benefits/runs/12': [200, paymentRun({ preparedBy: 'county.staff' })],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
    })
    const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.staff')

    const approve = wrapper.find('[data-test="run-approve"]')
    expect(approve.exists()).toBe(true)
    expect(approve.attributes('disabled')).toBeDefined()
    const tooltip = wrapper
      .findAllComponents(ElTooltip)
      .find((t) => t.find('[data-test="run-approve"]').exists())!
    expect(tooltip.props('content')).toBe(SAME_PERSON_REASON)
    expect(tooltip.props('disabled')).toBe(false)
    // the preparer can still withdraw the run
    expect(wrapper.find('[data-test="run-cancel"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('lets a second person approve with a comment in the review dialog, then offers the export', async () => {
    let reviews: object[] = [review({ id: 1, action: 'PREPARED', actor: 'county.staff' })]
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': [200, paymentRun()],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
      'GET /api/benefits/runs/12/reviews': () => [200, reviews],
      'POST /api/benefits/runs/12/approve': () => {
        reviews = [...reviews, review({ id: 2, action: 'APPROVED', comment: '已抽查，无误' })]
        return [200, paymentRun({ status: 'APPROVED', approvedBy: 'county.checker' })]
      },
    })
    const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.checker')
    expect(wrapper.findAll('[data-test="run-timeline-item"]')).toHaveLength(1)

    const approve = wrapper.find('[data-test="run-approve"]')
    expect(approve.attributes('disabled')).toBeUndefined()
    await approve.trigger('click')
    await flushPromises()
    const dialog = document.querySelector('[data-test="run-review-dialog"]')!
    expect(dialog.textContent).toContain('合计 1,234,567.89 元')
    await typeComment('已抽查，无误')
    await submitReview()
    await flushPromises()

    const sent = requests.find(
      (r) => r.method === 'POST' && r.url === '/api/benefits/runs/12/approve',
    )
    expect(sent?.data).toEqual({ comment: '已抽查，无误' })
    expect(wrapper.find('[data-test="run-status"]').text()).toBe('已审核')
    expect(wrapper.find('[data-test="run-approve"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="run-cancel"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="run-export"]').exists()).toBe(true)
    const items = wrapper.findAll('[data-test="run-timeline-item"]')
    expect(items).toHaveLength(2)
    expect(items[1]!.text()).toContain('审核通过')
    expect(items[1]!.text()).toContain('已抽查，无误')
    wrapper.unmount()
  })

  it('requires a reason before a second person rejects the run', async () => {
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': [200, paymentRun()],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
      'GET /api/benefits/runs/12/reviews': [200, []],
      'POST /api/benefits/runs/12/reject': [
        200,
        paymentRun({ status: 'REJECTED', lineCount: 300 }),
      ],
    })
    const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.checker')

    await wrapper.find('[data-test="run-reject"]').trigger('click')
    await flushPromises()
    await submitReview()
    expect(document.querySelector('[data-test="run-review-dialog"]')!.textContent).toContain(
      '驳回须填写原因',
    )
    expect(requests.some((r) => r.url === '/api/benefits/runs/12/reject')).toBe(false)

    await typeComment('护理费标准未更新')
    await submitReview()
    const sent = requests.find((r) => r.url === '/api/benefits/runs/12/reject')
    expect(sent?.data).toEqual({ comment: '护理费标准未更新' })
    expect(wrapper.find('[data-test="run-status"]').text()).toBe('已驳回')
    expect(wrapper.find('[data-test="run-reject"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('links both bank file formats once exported and imports the return file into the summary', async () => {
    let run = paymentRun({ status: 'EXPORTED', lineCount: 300, payeeCount: 100 })
    let sent = ''
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': () => [200, run],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
      'POST /api/benefits/runs/12/bank-return': async (config) => {
        sent = String(config.data)
        run = paymentRun({
          status: 'RECONCILED',
          paidCount: 270,
          failedCount: 6,
          reconciledBy: 'county.staff',
        })
        return [200, { paidLines: 270, failedLines: 6, unmatched: [] }]
      },
    })
    const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.staff')

    expect(wrapper.find('[data-test="run-download-csv"]').attributes('href')).toBe(
      '/api/benefits/runs/12/bank-file?format=CSV',
    )
    expect(wrapper.find('[data-test="run-download-fixed"]').attributes('href')).toBe(
      '/api/benefits/runs/12/bank-file?format=FIXED',
    )
    expect(wrapper.find('[data-test="recon-advice"]').text()).toBe('请导入银行回盘文件')
    expect(wrapper.find('[data-test="run-reconcile"]').attributes('disabled')).toBeDefined()

    const input = wrapper.find('[data-test="run-return-file"] input[type="file"]')
    const file = new File(
      ['reference,status,reason\n12-301,成功,\n12-302,失败,账户已销户\n'],
      'return.csv',
      {
        type: 'text/csv',
      },
    )
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flushPromises()
    await wrapper.find('[data-test="run-reconcile"]').trigger('click')
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST')
    expect(post?.url).toBe('/api/benefits/runs/12/bank-return')
    expect(sent).toContain('12-302,失败,账户已销户')
    expect(wrapper.find('[data-test="recon-total"]').text()).toContain('300')
    expect(wrapper.find('[data-test="recon-paid"]').text()).toContain('270')
    expect(wrapper.find('[data-test="recon-failed"]').text()).toContain('6')
    expect(wrapper.find('[data-test="recon-pending"]').text()).toContain('24')
    expect(wrapper.find('[data-test="recon-last-file"]').text()).toContain('成功 270 条，失败 6 条')
    expect(wrapper.find('[data-test="run-status"]').text()).toBe('已回盘')
    expect(wrapper.find('[data-test="run-follow-up"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it("follows the run's own preparation job while preparing, then shows the lines", async () => {
    let run = paymentRun({
      status: 'PREPARING',
      lineCount: 0,
      totalFen: 0,
      jobId: 91,
      jobOwner: 'county.staff',
    })
    const job = (o: Partial<Job>): Job => ({
      id: 91,
      kind: 'benefits.prepare',
      title: '生成发放批次 #12 残疾抚恤金',
      status: 'RUNNING',
      total: 16,
      processed: 4,
      percent: 25,
      summary: null,
      fileName: null,
      createdAt: '2031-01-05T02:00:00Z',
      finishedAt: null,
      ...o,
    })
    let polls = 0
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': () => [200, run],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
      'GET /api/jobs/91': () => {
        polls += 1
        if (polls < 2) return [200, job({})]
        run = paymentRun({ jobId: 91, jobOwner: 'county.staff' })
        return [
          200,
          job({
            status: 'SUCCEEDED',
            processed: 16,
            percent: 100,
            summary: '批次 #12 已生成 300 条明细',
          }),
        ]
      },
    })
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.staff')
      expect(wrapper.find('[data-test="run-preparing"]').exists()).toBe(true)
      expect(wrapper.find('[data-test="job-percent"]').text()).toContain('25%')
      expect(wrapper.find('[data-test="line-table"]').exists()).toBe(false)

      await vi.advanceTimersByTimeAsync(600)
      await flushPromises()

      expect(wrapper.find('[data-test="run-preparing"]').exists()).toBe(false)
      expect(wrapper.find('[data-test="run-status"]').text()).toBe('待审核')
      expect(wrapper.findAll('[data-test="line-amount"]')).toHaveLength(1)
      // the job is named by the run: the list of the user's jobs is never searched
      expect(requests.some((r) => r.url === '/api/jobs')).toBe(false)
      wrapper.unmount()
    } finally {
      vi.useRealTimers()
    }
  })

  it('reads a run someone else is preparing again until it is prepared (their job is theirs)', async () => {
    let run = paymentRun({
      status: 'PREPARING',
      lineCount: 0,
      totalFen: 0,
      jobId: 91,
      jobOwner: 'county.staff',
    })
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': () => [200, run],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
    })
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.checker')
      expect(wrapper.find('[data-test="run-preparing"]').exists()).toBe(true)
      expect(wrapper.find('[data-test="job-progress"]').exists()).toBe(false)

      run = paymentRun({ jobId: 91, jobOwner: 'county.staff' })
      await vi.advanceTimersByTimeAsync(2100)
      await flushPromises()

      expect(wrapper.find('[data-test="run-status"]').text()).toBe('待审核')
      expect(wrapper.findAll('[data-test="line-amount"]')).toHaveLength(1)
      expect(requests.some((r) => r.url.startsWith('/api/jobs'))).toBe(false)
      wrapper.unmount()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('PaymentRunListView', { timeout: 20_000 }, () => {
  it("prepares a run for the user's county and opens it", async () => {
    const { requests } = fakeBackend({
      'GET /api/benefits/runs': [200, pageOf([paymentRun({ status: 'RECONCILED' })])],
      'POST /api/benefits/runs': [202, paymentRun({ id: 13, status: 'PREPARING' })],
    })
    const { wrapper, router } = await mountAt(PaymentRunListView, '/benefits/runs', 'county.staff')
    expect(wrapper.find('[data-test="run-table"]').text()).toContain('1,234,567.89')
    expect(wrapper.find('[data-test="run-status-tag"]').text()).toBe('已回盘')

    await wrapper.find('[data-test="run-prepare"]').trigger('click')
    await flushPromises()
    await wrapper.find('[data-test="prepare-benefit-type"]').trigger('click')
    await flushPromises()
    ;(
      document.querySelector('[data-test="prepare-benefit-type-SURVIVOR_PENSION"]') as HTMLElement
    ).click()
    await flushPromises()
    await wrapper.find('[data-test="prepare-submit"]').trigger('click')
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST')
    expect(post?.data).toMatchObject({
      benefitType: 'SURVIVOR_PENSION',
      regionCode: '330421000000',
      months: 1,
    })
    expect((post?.data as { firstMonth: string }).firstMonth).toMatch(/^\d{4}-\d{2}$/)
    expect(router.currentRoute.value.path).toBe('/benefits/runs/13')
    wrapper.unmount()
  })

  it('hides 生成 from users who may only look', async () => {
    fakeBackend({ 'GET /api/benefits/runs': [200, pageOf([])] })
    const { wrapper } = await mountAt(PaymentRunListView, '/benefits/runs', 'xitang.staff', [
      P.RUN_LIST,
    ])
    expect(wrapper.find('[data-test="run-prepare"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('lists the entitled people a prepared run leaves without a line, linked to their files', async () => {
    const { requests } = fakeBackend({
      'GET /api/benefits/runs/12': [200, paymentRun({ status: 'PREPARED' })],
      'GET /api/benefits/runs/12/lines': [200, pageOf([paymentLine()])],
      'GET /api/benefits/runs/12/unpaid': [
        200,
        {
          count: 1,
          first: [
            {
              beneficiaryId: 88,
              veteranId: 8,
              personName: '李四',
              regionCode: '330421103001',
              category: '22',
              disabilityGrade: 0,
              disabilityCause: '',
              householdType: 'ANY',
              lonelyElderly: false,
            },
          ],
        },
      ],
    })
    const { wrapper } = await mountAt(PaymentRunView, '/benefits/runs/12', 'county.checker')

    await wrapper.find('[data-test="run-unpaid-check"]').trigger('click')
    await flushPromises()

    expect(requests.some((r) => r.url === '/api/benefits/runs/12/unpaid')).toBe(true)
    expect(wrapper.find('[data-test="run-unpaid-count"]').text()).toContain('1 人没有发放明细')
    const table = wrapper.find('[data-test="run-unpaid-table"]')
    expect(table.text()).toContain('李四')
    expect(table.text()).toContain('未登记')
    expect(table.find('a').attributes('href')).toBe('/registry/veterans/8')
    wrapper.unmount()
  })
})
