import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import DeathReportForm from '../components/DeathReportForm.vue'
import type { DeathEffect } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { veteran } from './fixtures'

const oldInjury: DeathEffect = {
  cause: 'OLD_INJURY',
  article: '抚恤条例第三十二条第一款、第十五条第二款',
  funeralMonths: 0,
  lumpSumFen: 122_376_000,
  missingParameter: null,
  survivorCategory: '22',
  effects: [
    '残疾抚恤金自去世次月起停发（去世当月照发）',
    '按因公牺牲标准发给遗属一次性抚恤金：2024年全国城镇居民人均可支配收入54188.00元×20＋少尉军官基本工资3500.00元×40个月＝1223760.00元',
  ],
}

function choose(wrapper: ReturnType<typeof mount>, test: string, value: string) {
  const fields = [
    ...wrapper.findAllComponents({ name: 'ElSelect' }),
    ...wrapper.findAllComponents({ name: 'ElDatePicker' }),
  ]
  const field = fields.find((c) => c.vm.$attrs['data-test'] === test)
  field!.vm.$emit('update:modelValue', value)
}

describe('DeathReportForm (抚恤条例第三十二条)', { timeout: 60_000 }, () => {
  it('previews the effect of the chosen cause before the death is confirmed', async () => {
    const backend = fakeBackend({
      'GET /api/benefits/people/5/death-effect': [200, oldInjury],
      'POST /api/registry/veterans/5/death': [200, veteran({ deathDate: '2025-02-10' })],
    })
    const wrapper = mount(DeathReportForm, {
      props: { modelValue: true, veteran: veteran() },
      global: globals(piniaWith(me(['registry:veteran:report-death']))),
      attachTo: document.body,
    })
    await flushPromises()
    choose(wrapper, 'death-date', '2025-02-10')
    choose(wrapper, 'death-cause', 'OLD_INJURY')
    await flushPromises()
    const preview = document.querySelector('[data-test="death-effect"]')
    expect(preview?.textContent).toContain('第三十二条第一款')
    expect(preview?.textContent).toContain('1223760.00元')
    const asked = backend.requests.find((r) => r.url === '/api/benefits/people/5/death-effect')
    expect(asked?.params).toEqual({ cause: 'OLD_INJURY', date: '2025-02-10' })
    wrapper.unmount()
  })

  it('shows why a cause is refused instead of a preview', async () => {
    fakeBackend({
      'GET /api/benefits/people/5/death-effect': [
        400,
        {
          status: 400,
          code: 'INVALID_FIELD',
          field: 'cause',
          detail:
            '旧伤复发死亡仅适用于因战、因公致残的残疾军人（抚恤条例第三十二条第一款），请选择其他死亡原因',
        },
      ],
    })
    const wrapper = mount(DeathReportForm, {
      props: { modelValue: true, veteran: veteran() },
      global: globals(piniaWith(me(['registry:veteran:report-death']))),
      attachTo: document.body,
    })
    await flushPromises()
    choose(wrapper, 'death-date', '2025-02-10')
    choose(wrapper, 'death-cause', 'OLD_INJURY')
    await flushPromises()
    expect(document.querySelector('[data-test="death-effect-error"]')?.textContent).toContain(
      '旧伤复发死亡仅适用于',
    )
    expect(document.querySelector('[data-test="death-effect"]')).toBeNull()
    wrapper.unmount()
  })
})
