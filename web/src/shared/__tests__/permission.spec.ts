import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { usePermission } from '@/shared/composables/usePermission'
import { globals, me, piniaWith } from '@/test/support'

const Toolbar = defineComponent({
  setup() {
    return usePermission()
  },
  template: `
    <div>
      <button v-permission="'organization:station:create'" data-test="create">新增</button>
      <button v-permission="['identity:user:list', 'identity:role:list']" data-test="any">任一</button>
      <span data-test="can">{{ can('organization:station:create') ? 'yes' : 'no' }}</span>
      <span data-test="always">总是显示</span>
    </div>`,
})

function mountFor(permissions: string[]) {
  return mount(Toolbar, { global: globals(piniaWith(me(permissions))) })
}

describe('v-permission', () => {
  it('removes the element when the user lacks the permission', () => {
    const wrapper = mountFor(['organization:station:list'])
    expect(wrapper.find('[data-test="create"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="any"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="always"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="can"]').text()).toBe('no')
  })

  it('keeps the element when the user has the permission', () => {
    const wrapper = mountFor(['organization:station:create', 'identity:role:list'])
    expect(wrapper.find('[data-test="create"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="any"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="can"]').text()).toBe('yes')
  })

  it('removes the element when nobody is signed in', () => {
    const wrapper = mount(Toolbar, { global: globals(piniaWith(null)) })
    expect(wrapper.find('[data-test="create"]').exists()).toBe(false)
  })
})
