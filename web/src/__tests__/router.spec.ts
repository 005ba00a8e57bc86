import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import type { Me } from '@/shared/types'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'

const emptyPage = { items: [], total: 0, page: 0, size: 20 }

/** Boots the whole app (router guard, layout) against a fake `GET /api/auth/me`. */
async function boot(path: string, user: Me | null) {
  fakeBackend({
    'GET /api/auth/me': user ? [200, user] : [401, problem(401, 'AUTH_REQUIRED', '请先登录')],
    'GET /api/identity/users': [200, emptyPage],
    'GET /api/identity/roles': [200, []],
    'GET /api/organization/stations': [200, emptyPage],
  })
  const pinia = piniaWith(undefined)
  const router = createAppRouter(createMemoryHistory())
  const wrapper = mount(App, { global: globals(pinia, [router]), attachTo: document.body })
  await router.push(path)
  await flushPromises()
  return { wrapper, router }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('router guard', () => {
  it('sends a visitor who is not signed in to /login', async () => {
    const { wrapper, router } = await boot('/organization/stations', null)
    expect(router.currentRoute.value.path).toBe('/login')
    expect(wrapper.find('input[data-test="login-username"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('renders ForbiddenView at the URL when the permission is missing', async () => {
    const { wrapper, router } = await boot('/identity/users', me(['organization:station:list']))
    expect(router.currentRoute.value.path).toBe('/identity/users')
    const forbidden = wrapper.find('[data-test="forbidden"]')
    expect(forbidden.exists()).toBe(true)
    expect(forbidden.text()).toContain('无权访问此页面')
    expect(wrapper.find('[data-test="user-table"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('renders the page when the permission is granted', async () => {
    const { wrapper, router } = await boot('/identity/users', me(['identity:user:list']))
    expect(router.currentRoute.value.path).toBe('/identity/users')
    expect(wrapper.find('[data-test="forbidden"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="user-table"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('forces /change-password while the password must be changed', async () => {
    const user = me(['identity:user:list'], { mustChangePassword: true })
    const { wrapper, router } = await boot('/identity/users', user)
    expect(router.currentRoute.value.path).toBe('/change-password')
    expect(wrapper.find('input[data-test="pw-new"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('builds the menu from the permitted routes only', async () => {
    const user = me(['organization:region:list', 'organization:station:list'])
    const { wrapper } = await boot('/', user)
    expect(wrapper.find('[data-test="app-menu"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="menu-organization-regions"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="menu-organization-stations"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="menu-organization-staff"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="menu-identity-users"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('系统管理')
    expect(wrapper.find('[data-test="current-user"]').text()).toBe('县局管理员')
    expect(wrapper.find('[data-test="logout"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
