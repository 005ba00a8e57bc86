import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import HomeView from '@/views/HomeView.vue'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'

function mountHome() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: HomeView }],
  })
  return mount(HomeView, { global: globals(piniaWith(me([])), [router]) })
}

describe('HomeView to-do board', () => {
  it('links each kind of open work to its page, overdue work marked red', async () => {
    fakeBackend({
      'GET /api/workbench': [
        200,
        [
          {
            key: 'registry.confirmations',
            module: 'registry',
            title: '逾期未年度确认的人员',
            count: 12,
            route: '/registry/confirmations',
            urgency: 'OVERDUE',
          },
        ],
      ],
    })
    const wrapper = mountHome()
    await flushPromises()
    const item = wrapper.get('[data-test="work-registry.confirmations"]')
    expect(item.text()).toContain('逾期未年度确认的人员')
    expect(item.text()).toContain('12')
    expect(item.attributes('href')).toBe('/registry/confirmations')
    expect(item.find('.el-tag--danger').exists()).toBe(true)
  })

  it('says so when there is nothing to do', async () => {
    fakeBackend({ 'GET /api/workbench': [200, []] })
    const wrapper = mountHome()
    await flushPromises()
    expect(wrapper.get('[data-test="workbench"]').text()).toContain('暂无待办')
  })
})
