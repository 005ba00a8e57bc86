import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import DeathEffectsView from '../views/DeathEffectsView.vue'
import { BenefitsPermissions as P } from '../permissions'
import type { RecordedDeath } from '../deaths'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { testRouter } from './fixtures'

const death = (o: Partial<RecordedDeath> = {}): RecordedDeath => ({
  veteranId: 5,
  name: '张三',
  regionCode: '330421100001',
  deathDate: '2025-02-10',
  cause: 'OLD_INJURY',
  article: '抚恤条例第三十二条第一款、第十五条第二款',
  lumpSumFen: 122_376_000,
  lumpSumBasis:
    '2024年全国城镇居民人均可支配收入54188.00元×20＋少尉军官基本工资3500.00元×40个月＝1223760.00元',
  missingParameter: null,
  survivorCategory: '22',
  survivorsRegistered: false,
  ...o,
})

async function mountPage(permissions: string[]) {
  const router = await testRouter('/benefits/deaths')
  const wrapper = mount(DeathEffectsView, {
    global: globals(piniaWith(me(permissions)), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

describe('DeathEffectsView (抚恤条例第三十二条)', { timeout: 20_000 }, () => {
  it('lists each death with its lump sum or the figure it waits for, and the survivors to register', async () => {
    fakeBackend({
      'GET /api/benefits/deaths': [
        200,
        [
          death(),
          death({
            veteranId: 6,
            name: '李四',
            deathDate: '2027-03-01',
            lumpSumFen: null,
            lumpSumBasis: null,
            missingParameter: '2026年全国城镇居民人均可支配收入',
          }),
          death({
            veteranId: 7,
            name: '王五',
            cause: 'ILLNESS',
            article: '抚恤条例第三十二条第二款',
            lumpSumFen: null,
            lumpSumBasis: null,
            survivorCategory: '23',
            survivorsRegistered: true,
          }),
        ],
      ],
      'GET /api/benefits/standard-parameters': [200, []],
    })
    const wrapper = await mountPage([P.RUN_LIST, P.STANDARD_LIST])
    const text = wrapper.find('[data-test="death-table"]').text()
    expect(text).toContain('1,223,760.00 元')
    expect(text).toContain('待录入：2026年全国城镇居民人均可支配收入')
    expect(text).toContain('因公牺牲军人遗属')
    expect(text).toContain('待登记')
    expect(text).toContain('病故军人遗属')
    expect(text).toContain('已登记')
    expect(wrapper.find('[data-test="parameter-form"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('enters a figure with its source, in fen', async () => {
    const backend = fakeBackend({
      'GET /api/benefits/deaths': [200, []],
      'GET /api/benefits/standard-parameters': [200, []],
      'POST /api/benefits/standard-parameters': [
        201,
        {
          id: 3,
          code: 'NATIONAL_URBAN_DISPOSABLE_INCOME',
          effectiveFrom: '2025-01-01',
          valueFen: 5_600_000,
          source: '国家统计局 2025 年统计公报',
          enteredBy: 'county.checker',
        },
      ],
    })
    const wrapper = await mountPage([P.RUN_LIST, P.STANDARD_LIST, P.STANDARD_APPROVE])
    const picker = wrapper.findAllComponents({ name: 'ElDatePicker' })[0]!
    picker.vm.$emit('update:modelValue', '2025-01-01')
    await wrapper
      .find('input[data-test="parameter-yuan"], [data-test="parameter-yuan"] input')
      .setValue('56000')
    await wrapper
      .find('input[data-test="parameter-source"], [data-test="parameter-source"] input')
      .setValue('国家统计局 2025 年统计公报')
    await wrapper.find('[data-test="parameter-form"]').trigger('submit')
    await flushPromises()
    const sent = backend.requests.find((r) => r.method === 'POST')
    expect(sent?.data).toEqual({
      code: 'NATIONAL_URBAN_DISPOSABLE_INCOME',
      effectiveFrom: '2025-01-01',
      valueFen: 5_600_000,
      source: '国家统计局 2025 年统计公报',
    })
    wrapper.unmount()
  })
})
