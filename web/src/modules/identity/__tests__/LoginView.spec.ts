import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import LoginView from '../views/LoginView.vue'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'
import { useUserStore } from '@/shared/stores/user'

const Stub = defineComponent({ template: '<div />' })

async function mountLogin() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginView },
      { path: '/', component: Stub },
      { path: '/change-password', component: Stub },
    ],
  })
  await router.push('/login')
  const wrapper = mount(LoginView, {
    global: globals(piniaWith(null), [router]),
    attachTo: document.body,
  })
  return { wrapper, router }
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper']) {
  await wrapper.find('input[data-test="login-username"]').setValue('county.admin')
  await wrapper.find('input[data-test="login-password"]').setValue('wrong-pass1')
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

afterEach(() => {
  document.body.innerHTML = ''
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

describe('LoginView', () => {
  it('renders the title, slogan and the test hooks', async () => {
    fakeBackend({})
    const { wrapper } = await mountLogin()
    expect(wrapper.text()).toContain('荣军 · 退役军人服务保障平台')
    expect(wrapper.text()).toContain('让服务有温度、保障有力度')
    expect(wrapper.find('button[data-test="login-submit"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows the problem detail when the server answers 401', async () => {
    const { requests } = fakeBackend({
      'POST /api/auth/login': [401, problem(401, 'AUTH_BAD_CREDENTIALS', '用户名或密码错误')],
    })
    const { wrapper, router } = await mountLogin()

    await fillAndSubmit(wrapper)

    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/auth/login',
    ])
    expect(requests[1]?.data).toEqual({ username: 'county.admin', password: 'wrong-pass1' })
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误')
    expect(router.currentRoute.value.path).toBe('/login')
    expect(useUserStore().me).toBeNull()
    wrapper.unmount()
  })

  it('shows the locked-account detail as well', async () => {
    fakeBackend({
      'POST /api/auth/login': [401, problem(401, 'AUTH_LOCKED', '账号已锁定，请30分钟后再试')],
    })
    const { wrapper } = await mountLogin()
    await fillAndSubmit(wrapper)
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('账号已锁定')
    wrapper.unmount()
  })

  it('loads me after login and goes to / or to /change-password', async () => {
    const user = me(['organization:station:list'], { mustChangePassword: true })
    const { requests } = fakeBackend({
      'POST /api/auth/login': [200, user],
      'GET /api/auth/me': [200, user],
    })
    const { wrapper, router } = await mountLogin()

    await fillAndSubmit(wrapper)

    expect(requests.map((r) => `${r.method} ${r.url}`)).toContain('GET /api/auth/me')
    expect(router.currentRoute.value.path).toBe('/change-password')
    expect(useUserStore().me?.username).toBe('county.admin')
    wrapper.unmount()

    fakeBackend({
      'POST /api/auth/login': [200, { ...user, mustChangePassword: false }],
      'GET /api/auth/me': [200, { ...user, mustChangePassword: false }],
    })
    const second = await mountLogin()
    await fillAndSubmit(second.wrapper)
    expect(second.router.currentRoute.value.path).toBe('/')
    second.wrapper.unmount()
  })
})
