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
    for (const tab of ['basic', 'service', 'beneficiaries', 'family', 'bank', 'contacts']) {
      expect(wrapper.find(`[data-test="tab-${tab}"]`).exists()).toBe(true)
    }
    expect(wrapper.find('[data-test="masked-idNumber"]').text()).toBe('440524********0013')
    expect(wrapper.text()).toContain('伤残军人')
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
