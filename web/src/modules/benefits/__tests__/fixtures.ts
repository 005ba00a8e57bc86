import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { defineComponent } from 'vue'
import { benefitsRoutes } from '../routes'
import type { PaymentLine, PaymentRun } from '../api'

export function paymentRun(overrides: Partial<PaymentRun> = {}): PaymentRun {
  return {
    id: 12,
    benefitType: 'DISABILITY_PENSION',
    regionCode: '330421000000',
    firstMonth: '2031-01-01',
    months: 3,
    followUpOf: null,
    status: 'PREPARED',
    lineCount: 300,
    payeeCount: 0,
    totalFen: 123456789,
    paidCount: 0,
    failedCount: 0,
    preparedBy: 'county.staff',
    preparedAt: '2031-01-05T02:00:00Z',
    approvedBy: null,
    approvedAt: null,
    exportedBy: null,
    exportedAt: null,
    reconciledBy: null,
    reconciledAt: null,
    jobId: null,
    jobOwner: null,
    ...overrides,
  }
}

export function paymentLine(overrides: Partial<PaymentLine> = {}): PaymentLine {
  return {
    reference: '12-301',
    beneficiaryId: 301,
    veteranId: 5,
    payeeName: '张三',
    bankAccountMask: '6228************1234',
    regionCode: '330421103001',
    periodMonth: '2031-01-01',
    kind: 'REGULAR',
    amountFen: 171250,
    standardId: 8,
    explanation: '残疾抚恤金 因战 5级 标准#8（2030-08起）1712.50元',
    state: 'PENDING',
    failureReason: null,
    ...overrides,
  }
}

export const pageOf = <T>(items: T[], total = items.length) => ({ items, total, page: 0, size: 20 })

const Stub = defineComponent({ template: '<div data-test="stub-page" />' })

/** A memory router with the benefits pages (the components under test mount directly). */
export async function testRouter(path = '/'): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      { path: '/registry/veterans/:id', component: Stub },
      ...benefitsRoutes.map((r) => ({ path: r.path, name: r.name, meta: r.meta, component: Stub })),
    ],
  })
  await router.push(path)
  await router.isReady()
  return router
}
