import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import ChangePasswordView from '../views/ChangePasswordView.vue'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'
import { useUserStore } from '@/shared/stores/user'

const Stub = defineComponent({ template: '<div />' })

async function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/change-password', component: ChangePasswordView },
      { path: '/', component: Stub },
      { path: '/login', component: Stub },
    ],
  })
  await router.push('/change-password')
  const wrapper = mount(ChangePasswordView, {
    global: globals(piniaWith(me([], { mustChangePassword: true })), [router]),
    attachTo: document.body,
  })
  return { wrapper, router }
}

async function fill(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper'], pw: string[]) {
  await wrapper.find('input[data-test="pw-old"]').setValue(pw[0])
  await wrapper.find('input[data-test="pw-new"]').setValue(pw[1])
  await wrapper.find('input[data-test="pw-confirm"]').setValue(pw[2])
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

const errors = (wrapper: Awaited<ReturnType<typeof mountView>>['wrapper']) =>
  wrapper.findAll('.el-form-item__error').map((e) => e.text())

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ChangePasswordView', () => {
  it('checks strength and confirmation on the client', async () => {
    const { requests } = fakeBackend({})
    const { wrapper } = await mountView()
    expect(wrapper.text()).toContain('请先修改密码')

    await fill(wrapper, ['Rongjun@2026', 'abcdefgh', 'abcdefgx'])

    await vi.waitFor(() => expect(errors(wrapper)).toContain('密码须同时包含字母和数字'))
    expect(errors(wrapper)).toContain('两次输入的新密码不一致')
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0)
    wrapper.unmount()
  })

  it('posts old and new password, reloads me and goes home', async () => {
    const { requests } = fakeBackend({
      'POST /api/auth/password': [204],
      'GET /api/auth/me': [200, me([], { mustChangePassword: false })],
    })
    const { wrapper, router } = await mountView()

    await fill(wrapper, ['Rongjun@2026', 'NewPass2026', 'NewPass2026'])

    const post = requests.find((r) => r.url === '/api/auth/password')
    expect(post?.data).toEqual({ oldPassword: 'Rongjun@2026', newPassword: 'NewPass2026' })
    expect(useUserStore().me?.mustChangePassword).toBe(false)
    expect(router.currentRoute.value.path).toBe('/')
    wrapper.unmount()
  })

  it('shows the server problem when the old password is wrong', async () => {
    fakeBackend({
      'POST /api/auth/password': [
        400,
        problem(400, 'VALIDATION_FAILED', '原密码不正确', {
          errors: [{ field: 'oldPassword', message: '原密码不正确' }],
        }),
      ],
    })
    const { wrapper, router } = await mountView()

    await fill(wrapper, ['wrong-old1', 'NewPass2026', 'NewPass2026'])

    expect(wrapper.find('[data-test="pw-error"]').text()).toContain('原密码不正确')
    await vi.waitFor(() => expect(errors(wrapper)).toContain('原密码不正确'))
    expect(router.currentRoute.value.path).toBe('/change-password')
    wrapper.unmount()
  })
})
