import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import CampaignDetailView from '../views/CampaignDetailView.vue'
import { messagingRoutes } from '../routes'
import type { Campaign, CampaignReport } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'

const Stub = defineComponent({ template: '<div />' })

async function router(path: string) {
  const r = createRouter({
    history: createMemoryHistory(),
    routes: messagingRoutes.map((m) => ({
      path: m.path,
      name: m.name,
      meta: m.meta,
      component: Stub,
    })),
  })
  await r.push(path)
  await r.isReady()
  return r
}

const zero = { PENDING: 0, SENDING: 0, SENT: 0, DELIVERED: 0, FAILED: 0, SKIPPED_OPTED_OUT: 0 }

function campaign(overrides: Partial<Campaign>): Campaign {
  return {
    id: 9,
    name: '八一建军节问候',
    templateId: 1,
    title: '八一建军节问候',
    channels: ['SMS'],
    variables: { festival: '八一建军节' },
    createdBy: 'county.staff',
    scopeCode: '330421000000',
    status: 'SENDING',
    recipientCount: 3,
    messageCount: 3,
    countsByStatus: { ...zero, PENDING: 3 },
    createdAt: '2026-08-01T00:00:00Z',
    finishedAt: null,
    audience: {},
    scheduledAt: null,
    queuedAt: '2026-08-01T00:00:01Z',
    ...overrides,
  }
}

describe('CampaignDetailView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('refreshes every second while sending and stops once the campaign is done', async () => {
    const answers = [
      campaign({}),
      campaign({ countsByStatus: { ...zero, PENDING: 1, SENT: 2 } }),
      campaign({ status: 'DONE', countsByStatus: { ...zero, SENT: 2, SKIPPED_OPTED_OUT: 1 } }),
    ]
    let calls = 0
    const report: CampaignReport = { countsByChannel: { SMS: { ...zero, SENT: 2 } }, failures: [] }
    fakeBackend({
      'GET /api/messaging/campaigns/9': () => [200, answers[Math.min(calls++, answers.length - 1)]],
      'GET /api/messaging/campaigns/9/report': [200, report],
    })
    const wrapper = mount(CampaignDetailView, {
      global: globals(piniaWith(me(['messaging:campaign:list'])), [
        await router('/messaging/campaigns/9'),
      ]),
    })
    await flushPromises()
    const progress = () =>
      wrapper.get('[data-test=messaging-campaign-progress]').attributes('data-percent')
    expect(progress()).toBe('0')

    await vi.advanceTimersByTimeAsync(1000)
    await flushPromises()
    expect(progress()).toBe('66')
    expect(wrapper.get('[data-test=stat-SENT]').attributes('data-count')).toBe('2')

    await vi.advanceTimersByTimeAsync(1000)
    await flushPromises()
    expect(progress()).toBe('100')
    expect(wrapper.get('[data-test=messaging-campaign-status]').text()).toBe('已完成')

    await vi.advanceTimersByTimeAsync(5000)
    await flushPromises()
    expect(calls).toBe(3)
    expect(wrapper.get('[data-test=delivery-report]').text()).toContain('短信')
  })
})
