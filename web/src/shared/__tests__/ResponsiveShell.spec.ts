import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { defineComponent, h } from 'vue'
import MainLayout from '@/layout/MainLayout.vue'
import BasePageTable from '@/shared/components/BasePageTable.vue'
import { globals, me, piniaWith } from '@/test/support'
import { viewportWidth } from '@/test/viewport'

const Page = defineComponent({ render: () => h('div', { 'data-test': 'page' }, '内容') })

async function mountShell() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: MainLayout, children: [{ path: '', component: Page }] }],
  })
  await router.push('/')
  const wrapper = mount(
    { render: () => h(RouterView) },
    {
      global: globals(piniaWith(me(['contact:people:list'])), [router]),
      attachTo: document.body,
    },
  )
  await flushPromises()
  return wrapper
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the app shell below 768 px', () => {
  it('hides the side bar and opens the menu as a drawer from the header', async () => {
    viewportWidth(375)
    const wrapper = await mountShell()
    expect(wrapper.find('.layout__aside').exists()).toBe(false)
    expect(document.querySelector('[data-test=app-menu]')).toBeNull()
    await wrapper.get('[data-test=menu-toggle]').trigger('click')
    await flushPromises()
    expect(document.querySelector('[data-test=menu-drawer] [data-test=app-menu]')).not.toBeNull()
    expect(wrapper.get('[data-test=page]').text()).toBe('内容')
  })

  it('keeps the 220 px side bar on a desktop', async () => {
    viewportWidth(1280)
    const wrapper = await mountShell()
    expect(wrapper.find('.layout__aside').exists()).toBe(true)
    expect(wrapper.find('[data-test=menu-toggle]').exists()).toBe(false)
  })
})

describe('BasePageTable on a phone', () => {
  const page = { items: [{ id: 1, name: '沈国强' }], total: 1, page: 0, size: 20 }
  const slots = {
    default: () => h('span'),
    card: ({ row }: { row: object }) =>
      h('b', { 'data-test': 'card-name' }, (row as { name: string }).name),
  }

  it('shows one card per row when the page gives a card', () => {
    viewportWidth(375)
    const wrapper = mount(BasePageTable, {
      props: { page },
      slots,
      global: globals(piniaWith(null)),
    })
    expect(wrapper.findAll('[data-test=card]')).toHaveLength(1)
    expect(wrapper.get('[data-test=card-name]').text()).toBe('沈国强')
    expect(wrapper.find('.el-table').exists()).toBe(false)
  })

  it('stays a table on a desktop', () => {
    viewportWidth(1280)
    const wrapper = mount(BasePageTable, {
      props: { page },
      slots,
      global: globals(piniaWith(null)),
    })
    expect(wrapper.find('[data-test=card]').exists()).toBe(false)
    expect(wrapper.find('.el-table').exists()).toBe(true)
  })
})
