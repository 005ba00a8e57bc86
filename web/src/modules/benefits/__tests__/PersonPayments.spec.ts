import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PersonPayments from '../components/PersonPayments.vue'
import type { PaymentHistoryLine } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'

const line = (overrides: Partial<PaymentHistoryLine> = {}): PaymentHistoryLine => ({
  beneficiaryId: 4,
  personName: '王建国',
  benefitType: 'DISABILITY_PENSION',
  periodMonth: '2026-11-01',
  kind: 'REGULAR',
  amountFen: 312_000,
  state: 'FAILED',
  failureReason: '账户已销户',
  settledOn: '2026-11-20',
  payeeName: '王建国',
  bankAccountMask: '6222********1234',
  runId: 12,
  runStatus: 'RECONCILED',
  ...overrides,
})

describe('PersonPayments', () => {
  it("lists the file's months with amount, state, the bank's reason for a failure and the run", async () => {
    const backend = fakeBackend({
      'GET /api/benefits/people/7/payments': [
        200,
        {
          items: [line(), line({ periodMonth: '2026-10-01', state: 'PAID', failureReason: null })],
          total: 2,
          page: 0,
          size: 20,
        },
      ],
    })
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: PersonPayments }],
    })
    const wrapper = mount(PersonPayments, {
      props: { veteranId: 7 },
      global: globals(piniaWith(me(['benefits:run:list'])), [router]),
    })
    await flushPromises()
    const text = wrapper.get('[data-test="person-payments"]').text()
    expect(text).toContain('2026-11')
    expect(text).toContain('3,120.00')
    expect(text).toContain('发放失败')
    expect(text).toContain('账户已销户')
    expect(text).toContain('#12')
    expect(backend.requests[0]?.url).toBe('/api/benefits/people/7/payments')
  })
})
