import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import VeteranDetailView from '../views/VeteranDetailView.vue'
import { clearDictionaryCache } from '../composables/useDictionaries'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { categories, testRouter, veteran } from './fixtures'

async function mountDetail(permissions: string[]) {
  const router = await testRouter('/registry/veterans/5')
  const wrapper = mount(VeteranDetailView, {
    global: globals(piniaWith(me(permissions)), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

function beneficiary(overrides: object = {}) {
  return {
    id: 9,
    veteranId: 5,
    familyMemberId: null,
    personName: '张三',
    category: '11',
    disabilityGrade: 6,
    disabilityCause: 'DUTY',
    certificateNo: 'C-1',
    status: 'RECEIVING',
    householdType: 'RURAL',
    lonelyElderly: true,
    ...overrides,
  }
}

function backend() {
  return fakeBackend({
    'GET /api/registry/veterans/5': [200, veteran()],
    'GET /api/registry/veterans/5/family-members': [200, []],
    'GET /api/registry/veterans/5/beneficiaries': [200, [beneficiary()]],
    'GET /api/registry/dictionaries/BENEFICIARY_CATEGORY': [200, categories],
    'GET /api/registry/veterans/5/attachments': [
      200,
      [
        {
          id: 'a1',
          fileName: '退役证.pdf',
          contentType: 'application/pdf',
          size: 2048,
          sha256: 'x',
          uploadedBy: 'xitang.staff',
          uploadedAt: '2026-03-01T08:00:00Z',
        },
      ],
    ],
    'PUT /api/registry/beneficiaries/9/payment-attributes': [
      200,
      beneficiary({ householdType: 'URBAN' }),
    ],
    'POST /api/registry/veterans/5/reveal': [
      200,
      { field: 'idNumber', value: '440524198001010013' },
    ],
    'GET /api/contact/people/5': [
      200,
      {
        veteranId: 5,
        name: '张三',
        regionCode: '330421103001',
        regionName: '西街社区',
        household: false,
        group: 'KEY',
        intervalMonths: 1,
        liaisonId: 3,
        liaisonName: '陆芳',
        followedSince: '2026-01-01',
        lastContactOn: '2026-06-01',
        lastChannel: 'PHONE',
        lastMood: 'STABLE',
        dueOn: '2026-07-01',
        daysLeft: 16,
        unreachable: false,
      },
    ],
    'GET /api/contact/people/5/records': [
      200,
      {
        items: [
          {
            id: 1,
            veteranId: 5,
            personName: '张三',
            regionCode: '330421103001',
            source: 'CARE_VISIT',
            careVisitId: 8,
            channel: 'HOME_VISIT',
            contactedOn: '2026-06-01',
            reached: true,
            mood: null,
            summary: '身体尚好，感谢关心',
            liaisonId: null,
            contactedBy: '网格员张伟',
            needs: 0,
            createdBy: 'care',
            problems: [],
          },
        ],
        total: 1,
        page: 0,
        size: 20,
      },
    ],
  })
}

beforeEach(() => clearDictionaryCache())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('VeteranDetailView', { timeout: 20_000 }, () => {
  it('shows the file in tabs with masked numbers', async () => {
    backend()
    const wrapper = await mountDetail(['registry:veteran:list'])

    expect(wrapper.find('[data-test="veteran-detail-name"]').text()).toBe('张三')
    for (const tab of ['basic', 'service', 'beneficiaries', 'family', 'bank']) {
      expect(wrapper.find(`[data-test="tab-${tab}"]`).exists()).toBe(true)
    }
    // the contact history is shown to those who may read contact records only
    expect(wrapper.find('[data-test="tab-contacts"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="masked-idNumber"]').text()).toBe('440524********0013')
    expect(wrapper.text()).toContain('伤残军人')
    wrapper.unmount()
  })

  it('shows the one contact history, care visits included, on 联系记录', async () => {
    backend()
    const wrapper = await mountDetail(['registry:veteran:list', 'contact:record:list'])
    await wrapper.find('[data-test="tab-contacts"]').trigger('click')
    await flushPromises()
    const history = wrapper.get('[data-test="contact-history"]')
    expect(history.text()).toContain('陆芳')
    expect(history.text()).toContain('每 1 个月')
    expect(history.findAll('[data-test="history-entry"]')).toHaveLength(1)
    expect(history.text()).toContain('走访慰问（入户）')
    expect(history.text()).toContain('身体尚好，感谢关心')
    expect(history.text()).not.toContain('后续版本')
    wrapper.unmount()
  })

  it('shows the photo and the file attachments from the registry endpoints', async () => {
    const { requests } = backend()
    const wrapper = await mountDetail(['registry:veteran:list', 'registry:veteran:update'])

    const img = wrapper.find('[data-test="veteran-photo-img"]')
    expect(img.attributes('src')).toContain('/api/registry/veterans/5/photo')
    expect(wrapper.find('[data-test="veteran-photo-upload"]').exists()).toBe(true)
    expect(requests.some((r) => r.url === '/api/registry/veterans/5/attachments')).toBe(true)
    expect(wrapper.find('[data-test="attachment-panel"]').text()).toContain('退役证.pdf')
    expect(wrapper.find('[data-test="attachment-upload"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('offers 查看 only with registry:veteran:reveal', async () => {
    const { requests } = backend()
    const wrapper = await mountDetail(['registry:veteran:list', 'registry:veteran:update'])

    expect(wrapper.find('[data-test="masked-idNumber"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="reveal-idNumber"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="reveal-phone"]').exists()).toBe(false)
    expect(requests.some((r) => r.url.endsWith('/reveal'))).toBe(false)
    wrapper.unmount()
  })

  it('reveals the full number in place', async () => {
    const { requests } = backend()
    const wrapper = await mountDetail(['registry:veteran:list', 'registry:veteran:reveal'])

    await wrapper.find('[data-test="reveal-idNumber"]').trigger('click')
    await flushPromises()

    const reveal = requests.find((r) => r.method === 'POST')
    expect(reveal?.url).toBe('/api/registry/veterans/5/reveal')
    expect(reveal?.data).toEqual({ field: 'idNumber' })
    expect(wrapper.find('[data-test="revealed-idNumber"]').text()).toBe('440524198001010013')
    expect(wrapper.find('[data-test="masked-idNumber"]').exists()).toBe(false)
    // the other numbers stay masked
    expect(wrapper.find('[data-test="reveal-phone"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows household type and 孤老 per category and corrects them through 待遇属性', async () => {
    const { requests } = backend()
    const wrapper = await mountDetail(['registry:veteran:list', 'registry:veteran:update'])

    const table = wrapper.find('[data-test="beneficiary-table"]')
    expect(table.text()).toContain('农村')
    expect(table.text()).toContain('孤老')
    await wrapper.find('[data-test="beneficiary-edit-attributes"]').trigger('click')
    await flushPromises()
    const urban = Array.from(
      document.querySelectorAll('[data-test="payment-attributes-household"] label'),
    ).find((l) => l.textContent?.includes('城镇')) as HTMLElement
    urban.click()
    await flushPromises()
    ;(document.querySelector('[data-test="payment-attributes-submit"]') as HTMLElement).click()
    await flushPromises()

    const put = requests.find((r) => r.method === 'PUT')
    expect(put?.url).toBe('/api/registry/beneficiaries/9/payment-attributes')
    expect(put?.data).toEqual({ householdType: 'URBAN', lonelyElderly: true })
    wrapper.unmount()
  })
})
