import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ElInputNumber, ElOption, ElSelect } from 'element-plus'
import AgeRangeInput from '../components/AgeRangeInput.vue'
import CategoryFilterSelect from '../components/CategoryFilterSelect.vue'
import type { DictionaryItem } from '../api'
import { globals, piniaWith } from '@/test/support'

function category(code: string, label: string, active = true): DictionaryItem {
  return {
    kind: 'BENEFICIARY_CATEGORY',
    code,
    label,
    sortOrder: 0,
    builtin: true,
    active,
  } as DictionaryItem
}

describe('AgeRangeInput', () => {
  it('offers two whole-year inputs 0–150 with the page hooks, 从 至 到', () => {
    const wrapper = mount(AgeRangeInput, {
      props: {
        from: null,
        to: null,
        fromTest: 'veteran-search-ageFrom',
        toTest: 'veteran-search-ageTo',
        width: 70,
      },
      global: globals(piniaWith(null)),
    })
    const [from, to] = wrapper.findAllComponents(ElInputNumber)
    expect(from!.attributes('data-test')).toBe('veteran-search-ageFrom')
    expect(to!.attributes('data-test')).toBe('veteran-search-ageTo')
    for (const input of [from!, to!]) {
      expect(input.props('min')).toBe(0)
      expect(input.props('max')).toBe(150)
      expect(input.props('controls')).toBe(false)
      expect(input.props('valueOnClear')).toBeNull()
      expect(input.attributes('style')).toContain('width: 70px')
    }
    expect(from!.props('placeholder')).toBe('从')
    expect(to!.props('placeholder')).toBe('到')
    expect(wrapper.text()).toContain('至')
  })

  it('reports each end through its own v-model', async () => {
    const wrapper = mount(AgeRangeInput, {
      props: { from: null, to: null, fromTest: 'a', toTest: 'b' },
      global: globals(piniaWith(null)),
    })
    const [from, to] = wrapper.findAllComponents(ElInputNumber)
    from!.vm.$emit('update:modelValue', 60)
    to!.vm.$emit('update:modelValue', 80)
    await wrapper.vm.$nextTick()
    expect(wrapper.emitted('update:from')?.[0]).toEqual([60])
    expect(wrapper.emitted('update:to')?.[0]).toEqual([80])
  })
})

describe('CategoryFilterSelect', () => {
  it('lists every category as "code label", inactive ones too, as a searchable 全部 filter', () => {
    const wrapper = mount(CategoryFilterSelect, {
      props: {
        modelValue: null,
        items: [category('11', '伤残军人'), category('99', '旧类别', false)],
      },
      attrs: { 'data-test': 'veteran-search-category' },
      global: globals(piniaWith(null)),
    })
    const select = wrapper.findComponent(ElSelect)
    expect(select.props('placeholder')).toBe('全部')
    expect(select.props('clearable')).toBe(true)
    expect(select.props('filterable')).toBe(true)
    expect(wrapper.find('[data-test="veteran-search-category"]').exists()).toBe(true)
    expect(
      wrapper.findAllComponents(ElOption).map((o) => [o.props('value'), o.props('label')]),
    ).toEqual([
      ['11', '11 伤残军人'],
      ['99', '99 旧类别'],
    ])
  })
})
