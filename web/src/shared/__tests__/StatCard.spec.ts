import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ElCard, ElCol, ElStatistic } from 'element-plus'
import StatCard from '@/shared/components/StatCard.vue'
import { globals, piniaWith } from '@/test/support'

describe('StatCard', () => {
  it('shows the figure in a flat card of a grid column, data-test on the card', () => {
    const wrapper = mount(StatCard, {
      props: { title: '已确认', value: 42 },
      attrs: { 'data-test': 'campaign-stat-confirmed' },
      global: globals(piniaWith(null)),
    })
    expect(wrapper.findComponent(ElCol).props('span')).toBe(6)
    const card = wrapper.findComponent(ElCard)
    expect(card.props('shadow')).toBe('never')
    expect(card.attributes('data-test')).toBe('campaign-stat-confirmed')
    expect(wrapper.findComponent(ElCol).attributes('data-test')).toBeUndefined()
    expect(card.text()).toContain('已确认')
    expect(card.text()).toContain('42')
  })

  it('passes span, precision, suffix and value style through, with extra content below', () => {
    const wrapper = mount(StatCard, {
      props: {
        title: '按时发放率',
        value: 97.25,
        span: 4,
        precision: 1,
        suffix: '%',
        valueStyle: { color: 'red' },
      },
      slots: { default: '<div class="note">应发 10 元</div>' },
      global: globals(piniaWith(null)),
    })
    expect(wrapper.findComponent(ElCol).props('span')).toBe(4)
    const statistic = wrapper.findComponent(ElStatistic)
    expect(statistic.props('precision')).toBe(1)
    expect(statistic.props('suffix')).toBe('%')
    expect(statistic.props('valueStyle')).toEqual({ color: 'red' })
    expect(wrapper.get('.note').text()).toBe('应发 10 元')
  })

  it('leaves the el-statistic defaults alone when no precision is given', () => {
    const wrapper = mount(StatCard, {
      props: { title: '应发', value: 3 },
      global: globals(piniaWith(null)),
    })
    expect(wrapper.findComponent(ElStatistic).props('precision')).toBe(0)
  })
})
