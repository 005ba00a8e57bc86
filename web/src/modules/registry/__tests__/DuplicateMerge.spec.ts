import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import DuplicateListView from '../views/DuplicateListView.vue'
import { clearDictionaryCache } from '../composables/useDictionaries'
import type { DuplicateCandidate, FileComparison } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { testRouter, veteran } from './fixtures'

const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

const file = (id: number, region = '西街社区') => ({
  id,
  name: '张三',
  birthDate: '1971-03-09',
  idNumberMasked: `3304**********00${id}`,
  regionCode: '330421103001',
  regionName: region,
})

const candidates: Omit<DuplicateCandidate, 'key'>[] = [
  {
    reason: 'SAME_NAME_AND_BIRTH_DATE',
    first: file(5),
    second: file(6),
    familyMemberId: null,
    familyMemberName: null,
    elsewhere: false,
  },
  {
    reason: 'FAMILY_MEMBER_HAS_OWN_FILE',
    first: file(7),
    second: null,
    familyMemberId: 31,
    familyMemberName: '张父',
    elsewhere: true,
  },
]

const comparison: FileComparison = {
  survivor: veteran({ id: 5 }),
  merged: veteran({ id: 6 }),
  fields: [
    { field: 'name', label: '姓名', survivorValue: '张三', mergedValue: '张三', same: true },
    {
      field: 'phone',
      label: '联系电话',
      survivorValue: '138****0001',
      mergedValue: '139****0002',
      same: false,
    },
    { field: 'address', label: '现住址', survivorValue: null, mergedValue: '西街8号', same: false },
  ],
  survivorCounts: { familyMembers: 0, beneficiaries: 1, transferRequests: 0, confirmationItems: 0 },
  mergedCounts: { familyMembers: 1, beneficiaries: 2, transferRequests: 1, confirmationItems: 0 },
}

beforeEach(() => clearDictionaryCache())
afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('DuplicateListView', { timeout: 20_000 }, () => {
  it('lists candidates, says 其他地区 without a link, and merges with the chosen fields', async () => {
    const { requests } = fakeBackend({
      'GET /api/registry/duplicates': [200, pageOf(candidates)],
      'GET /api/registry/duplicates/compare': [200, comparison],
      'POST /api/registry/merges': [
        201,
        {
          id: 1,
          survivorId: 5,
          mergedId: 6,
          fieldsFromMerged: ['phone'],
          moved: {},
          dropped: {},
          mergedBy: 'county.staff',
          mergedAt: '2026-03-01T08:00:00Z',
        },
      ],
    })
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const router = await testRouter('/registry/duplicates')
    const wrapper = mount(DuplicateListView, {
      global: globals(piniaWith(me(['registry:veteran:list', 'registry:veteran:merge'])), [router]),
      attachTo: document.body,
    })
    await flushPromises()

    const table = wrapper.find('[data-test="duplicate-table"]')
    expect(table.text()).toContain('姓名、出生日期相同')
    expect(table.text()).toContain('家庭成员：张父')
    expect(wrapper.find('[data-test="duplicate-elsewhere"]').text()).toBe('已在其他地区建档')
    expect(wrapper.findAll('[data-test="duplicate-compare"]')).toHaveLength(1)

    await wrapper.find('[data-test="duplicate-compare"]').trigger('click')
    await flushPromises()
    const compare = requests.find((r) => r.url === '/api/registry/duplicates/compare')
    expect(compare?.params).toEqual({ survivorId: 5, mergedId: 6 })
    const fields = document.querySelector('[data-test="merge-fields"]')!
    expect(fields.textContent).toContain('139****0002')
    expect(document.querySelector('[data-test="merge-take-name"]')).toBeNull()

    ;(document.querySelector('[data-test="merge-take-phone"] input') as HTMLInputElement).click()
    await flushPromises()
    ;(document.querySelector('[data-test="merge-submit"]') as HTMLButtonElement).click()
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST')
    expect(post?.url).toBe('/api/registry/merges')
    expect(post?.data).toEqual({ survivorId: 5, mergedId: 6, fieldsFromMerged: ['phone'] })
    expect(router.currentRoute.value.path).toBe('/registry/veterans/5')
    wrapper.unmount()
  })
})
