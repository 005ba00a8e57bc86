import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { fakeBackend, globals, piniaWith, problem } from '@/test/support'

const file = {
  name: '韩旭',
  gender: 'MALE',
  birthDate: '1977-06-01',
  idNumberMasked: '330421********3594',
  phoneMasked: '138****1157',
  bankName: null,
  bankAccountMasked: null,
  householdRegionName: '南门社区',
  address: null,
  enlistmentDate: null,
  dischargeDate: null,
  militaryBranch: null,
  dischargeType: null,
  categories: [],
}

/** Boots the app at a portal page with or without a portal session; staff `me` always fails. */
async function boot(path: string, signedIn: boolean) {
  fakeBackend({
    'GET /api/auth/me': [403, problem(403, 'ACCESS_DENIED', '无权访问')],
    'GET /api/portal/me': signedIn
      ? [200, { name: '韩旭' }]
      : [401, problem(401, 'AUTH_REQUIRED', '请先登录')],
    'GET /api/portal/file': [200, file],
  })
  const router = createAppRouter(createMemoryHistory())
  const wrapper = mount(App, {
    global: globals(piniaWith(undefined), [router]),
    attachTo: document.body,
  })
  await router.push(path)
  await flushPromises()
  return { wrapper, router }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('portal guard', () => {
  it('sends a visitor without a portal session to the portal sign-in, not the staff login', async () => {
    const { wrapper, router } = await boot('/m', false)
    expect(router.currentRoute.value.path).toBe('/m/login')
    expect(wrapper.find('input[data-test="portal-login-id"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('shows a signed-in veteran their own file with the ID number masked', async () => {
    const { wrapper, router } = await boot('/m', true)
    expect(router.currentRoute.value.path).toBe('/m')
    expect(wrapper.find('[data-test="portal-greeting"]').text()).toContain('韩旭')
    expect(wrapper.find('[data-test="portal-file"]').text()).toContain('330421********3594')
    wrapper.unmount()
  })
})
