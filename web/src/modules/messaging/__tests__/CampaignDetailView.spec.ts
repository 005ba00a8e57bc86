import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import CampaignDetailView from '../views/CampaignDetailView.vue'
import { messagingRoutes } from '../routes'
import type { Campaign, CampaignReport } from '../api'
import { emptyCounts } from '../messages'
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

const zero = emptyCounts()

function campaign(overrides: Partial<Campaign>): Campaign {
  return {
    id: 9,
    name: '八一建军节问候',
    templateId: 1,
    title: '八一建军节问候',
    body: '${name}同志：祝您八一建军节快乐！',
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
    audienceQueuedAt: '2026-08-01T00:00:02Z',
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
    const report: CampaignReport = {
      countsByChannel: { SMS: { ...zero, SENT: 2 } },
      leftOut: [],
      failures: [],
    }
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

  it('says why a campaign over in-app reached nobody: nobody in the registry has an account', async () => {
    const report: CampaignReport = {
      countsByChannel: { IN_APP: { ...zero, SKIPPED_NO_ADDRESS: 423 } },
      leftOut: [{ channel: 'IN_APP', code: 'NO_ADDRESS', reason: '无平台账号', count: 423 }],
      failures: [],
    }
    fakeBackend({
      'GET /api/messaging/campaigns/9': [
        200,
        campaign({
          status: 'DONE',
          channels: ['IN_APP'],
          audience: { regionCode: '330421103000' },
          recipientCount: 423,
          messageCount: 0,
          countsByStatus: { ...zero, SKIPPED_NO_ADDRESS: 423 },
        }),
      ],
      'GET /api/messaging/campaigns/9/report': [200, report],
      'GET /api/organization/regions/330421103000': [200, { code: '330421103000', name: '西塘镇' }],
    })
    const wrapper = mount(CampaignDetailView, {
      global: globals(piniaWith(me(['messaging:campaign:list'])), [
        await router('/messaging/campaigns/9'),
      ]),
    })
    await flushPromises()
    const leftOut = wrapper.get('[data-test=left-out]').text()
    expect(leftOut).toContain('站内信')
    expect(leftOut).toContain('无平台账号')
    expect(leftOut).toContain('423')
  })

  it('before sending, warns that the chosen channels reach nobody and why', async () => {
    const draft = campaign({
      status: 'DRAFT',
      channels: ['IN_APP'],
      queuedAt: null,
      audienceQueuedAt: null,
      recipientCount: 0,
      messageCount: 0,
      countsByStatus: zero,
    })
    fakeBackend({
      'GET /api/messaging/campaigns/9': [200, draft],
      'GET /api/messaging/campaigns/9/report': [
        200,
        { countsByChannel: {}, leftOut: [], failures: [] },
      ],
      'POST /api/messaging/campaigns/audience-count': [
        200,
        {
          people: 423,
          withPhone: 410,
          channels: [
            {
              channel: 'IN_APP',
              reachable: 0,
              noAddress: 423,
              noAddressReason: '无平台账号',
              optedOut: 0,
            },
          ],
        },
      ],
    })
    const wrapper = mount(CampaignDetailView, {
      global: globals(
        piniaWith(
          me(['messaging:campaign:list', 'messaging:campaign:create', 'messaging:campaign:send']),
        ),
        [await router('/messaging/campaigns/9')],
      ),
    })
    await flushPromises()
    const reach = wrapper.get('[data-test=campaign-reach]').text()
    expect(reach).toContain('站内信：可送达 0 人；无平台账号 423 人')
    expect(reach).toContain('没有人能收到')
  })
})
