import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ElOption, ElSelect } from 'element-plus'
import LabelSelect from '@/shared/components/LabelSelect.vue'
import { globals, piniaWith } from '@/test/support'

const labels = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '已退回' }

describe('LabelSelect', () => {
  it('offers one option per label, in the order of the map, value = code', () => {
    const wrapper = mount(LabelSelect, {
      props: { labels, modelValue: null },
      global: globals(piniaWith(null)),
    })
    const options = wrapper
      .findAllComponents(ElOption)
      .map((o) => [o.props('value'), o.props('label')])
    expect(options).toEqual([
      ['PENDING', '待审核'],
      ['APPROVED', '已通过'],
      ['REJECTED', '已退回'],
    ])
  })

  it('is a clearable 全部 filter and passes data-test and other attributes to the el-select', () => {
    const wrapper = mount(LabelSelect, {
      props: { labels, modelValue: null },
      attrs: { 'data-test': 'thing-status', style: 'width: 140px' },
      global: globals(piniaWith(null)),
    })
    const select = wrapper.findComponent(ElSelect)
    expect(select.props('placeholder')).toBe('全部')
    expect(select.props('clearable')).toBe(true)
    expect(wrapper.find('[data-test="thing-status"]').exists()).toBe(true)
    expect(wrapper.attributes('style')).toContain('width: 140px')
  })

  it('lets the page choose another placeholder', () => {
    const wrapper = mount(LabelSelect, {
      props: { labels, modelValue: null },
      attrs: { placeholder: '不限' },
      global: globals(piniaWith(null)),
    })
    expect(wrapper.findComponent(ElSelect).props('placeholder')).toBe('不限')
  })

  it('reports the chosen code through v-model and the change event', async () => {
    let changed: unknown = null
    const wrapper = mount(LabelSelect, {
      props: { labels, modelValue: null },
      attrs: { onChange: (value: unknown) => (changed = value) },
      global: globals(piniaWith(null)),
    })
    const select = wrapper.findComponent(ElSelect)
    select.vm.$emit('update:modelValue', 'APPROVED')
    select.vm.$emit('change', 'APPROVED')
    await wrapper.vm.$nextTick()
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual(['APPROVED'])
    expect(changed).toBe('APPROVED')
  })
})
