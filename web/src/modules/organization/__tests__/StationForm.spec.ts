import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import StationForm from '../components/StationForm.vue'
import type { Station } from '../api'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'

const station: Station = {
  id: 7,
  name: '西塘镇退役军人服务站',
  regionCode: '330421100000',
  regionName: '西塘镇',
  kind: 'STATION',
  grade: 'GOOD',
  address: '西塘镇南苑路1号',
  phone: '0573-84561234',
  staffCount: 3,
}

function mountForm(props: { station?: Station | null } = {}) {
  return mount(StationForm, {
    props: { modelValue: true, ...props },
    global: globals(piniaWith(me(['organization:station:update']))),
    attachTo: document.body,
  })
}

function errorsOf(wrapper: ReturnType<typeof mountForm>) {
  return wrapper.findAll('.el-form-item__error').map((e) => e.text())
}

describe('StationForm', () => {
  it('shows required errors and sends nothing when the form is empty', async () => {
    const { requests } = fakeBackend({})
    const wrapper = mountForm()
    await flushPromises()

    await wrapper.find('[data-test="station-submit"]').trigger('click')
    await flushPromises()

    // Element Plus shows a form item's message 100 ms after its state changes
    await vi.waitFor(() => expect(errorsOf(wrapper)).toContain('请填写站点名称'))
    expect(errorsOf(wrapper)).toContain('请选择所属区划')
    expect(requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
    wrapper.unmount()
  })

  it('rejects a malformed phone number on the client', async () => {
    const { requests } = fakeBackend({})
    const wrapper = mountForm({ station })
    await flushPromises()

    await wrapper.find('input[data-test="station-phone"]').setValue('12345')
    await wrapper.find('[data-test="station-submit"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() => expect(errorsOf(wrapper).join()).toContain('电话号码格式不正确'))
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0)
    wrapper.unmount()
  })

  it('maps server-side field errors onto the form items', async () => {
    const { requests } = fakeBackend({
      'PUT /api/organization/stations/7': [
        400,
        problem(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [
            { field: 'name', message: '同一区划下已有同名站点' },
            { field: 'phone', message: '电话号码格式不正确' },
          ],
        }),
      ],
    })
    const wrapper = mountForm({ station })
    await flushPromises()

    await wrapper.find('input[data-test="station-name"]').setValue('西塘镇服务站')
    await wrapper.find('[data-test="station-submit"]').trigger('click')
    await flushPromises()

    const put = requests.find((r) => r.method === 'PUT')
    expect(put?.data).toEqual({
      name: '西塘镇服务站',
      regionCode: '330421100000',
      grade: 'GOOD',
      address: '西塘镇南苑路1号',
      phone: '0573-84561234',
    })
    const nameItem = wrapper
      .find('input[data-test="station-name"]')
      .element.closest('.el-form-item')
    await vi.waitFor(() =>
      expect(nameItem?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe(
        '同一区划下已有同名站点',
      ),
    )
    await vi.waitFor(() => expect(errorsOf(wrapper)).toContain('电话号码格式不正确'))
    expect(wrapper.find('[data-test="form-error"]').text()).toContain('电话号码格式不正确')
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('emits saved and closes after a successful create', async () => {
    const created = { ...station, id: 8 }
    fakeBackend({ 'PUT /api/organization/stations/7': [200, created] })
    const wrapper = mountForm({ station })
    await flushPromises()

    await wrapper.find('[data-test="station-submit"]').trigger('click')
    await flushPromises()

    expect(wrapper.emitted('saved')).toEqual([[created]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
    wrapper.unmount()
  })
})
