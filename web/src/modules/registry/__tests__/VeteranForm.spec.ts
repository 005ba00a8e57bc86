import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import VeteranForm from '../components/VeteranForm.vue'
import { clearDictionaryCache } from '../composables/useDictionaries'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'
import { testRouter, veteran } from './fixtures'

async function mountForm(props: { veteran?: ReturnType<typeof veteran> | null } = {}) {
  const router = await testRouter('/registry/veterans')
  const wrapper = mount(VeteranForm, {
    props: { modelValue: true, ...props },
    global: globals(piniaWith(me(['registry:veteran:create', 'registry:veteran:update'])), [
      router,
    ]),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountForm>>

function errorOf(wrapper: Wrapper, test: string) {
  const item = wrapper.find(`[data-test="${test}"]`).element.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim()
}

beforeEach(() => clearDictionaryCache())
afterEach(() => {
  document.body.innerHTML = ''
})

// a dialog with many Element Plus inputs takes seconds to mount under happy-dom
describe('VeteranForm', { timeout: 60_000 }, () => {
  it('checks the ID number on the client and shows what follows from it', async () => {
    const { requests } = fakeBackend({})
    const wrapper = await mountForm()

    await wrapper.find('input[data-test="vf-name"]').setValue('张三')
    await wrapper.find('input[data-test="vf-idNumber"]').setValue('440524198001010014')
    await wrapper.find('[data-test="vf-submit"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() => expect(errorOf(wrapper, 'vf-idNumber')).toBe('身份证号校验码错误'))
    await vi.waitFor(() => expect(errorOf(wrapper, 'vf-region')).toBe('请选择户籍区划'))
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0)

    await wrapper.find('input[data-test="vf-idNumber"]').setValue('440524198001010013')
    expect(wrapper.find('[data-test="vf-birthDate"]').text()).toBe('1980-01-01')
    expect(wrapper.find('[data-test="vf-gender"]').text()).toBe('男')
    wrapper.unmount()
  })

  it('keeps masked numbers on edit and links an existing file on DUPLICATE_PERSON', async () => {
    const { requests } = fakeBackend({
      'PUT /api/registry/veterans/5': [
        409,
        { ...problem(409, 'DUPLICATE_PERSON', '该身份证号已登记'), existingId: 12 },
      ],
    })
    const wrapper = await mountForm({ veteran: veteran() })

    await wrapper.find('input[data-test="vf-idNumber"]').setValue('11010519491231002x')
    await wrapper.find('[data-test="vf-submit"]').trigger('click')
    await flushPromises()

    const put = requests.find((r) => r.method === 'PUT')
    expect(put?.data).toMatchObject({
      name: '张三',
      idNumber: '11010519491231002X',
      phone: null,
      bankAccount: null,
      householdRegionCode: '330421100001',
      enlistmentDate: '1998-12-01',
    })
    expect(wrapper.find('[data-test="form-error"]').text()).toContain('该身份证号已登记')
    expect(wrapper.find('[data-test="vf-duplicate-link"]').attributes('href')).toBe(
      '/registry/veterans/12',
    )
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('keeps what an imported roster brought on edit, month-only dates as months', async () => {
    const { requests } = fakeBackend({
      'PUT /api/registry/veterans/5': [200, veteran()],
    })
    const wrapper = await mountForm({
      veteran: veteran({
        enlistmentDate: '1988-03',
        dischargeDate: '1992-12',
        ethnicity: '01',
        veteranType: '2',
        currentAddress: '西塘镇塘东社区南苑路5号',
        residenceRegionCode: '330421103003',
        remark: '〔名册中未能读取〕伤残等级：七级',
      }),
    })

    expect(
      (wrapper.find('[data-test="vf-enlistmentDate-month"] input').element as HTMLInputElement)
        .checked,
    ).toBe(true)
    await wrapper.find('[data-test="vf-submit"]').trigger('click')
    await flushPromises()

    expect(requests.find((r) => r.method === 'PUT')?.data).toMatchObject({
      enlistmentDate: '1988-03',
      dischargeDate: '1992-12',
      ethnicity: '01',
      veteranType: '2',
      currentAddress: '西塘镇塘东社区南苑路5号',
      residenceRegionCode: '330421103003',
      remark: '〔名册中未能读取〕伤残等级：七级',
    })
    wrapper.unmount()
  })

  it('maps server field errors onto the form', async () => {
    fakeBackend({
      'POST /api/registry/veterans': [
        400,
        problem(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [{ field: 'householdRegionCode', message: '区划不在您的管辖范围内' }],
        }),
      ],
    })
    const wrapper = await mountForm()
    // the picker has no region loaded in this test: set the model through the form's value
    await wrapper.find('input[data-test="vf-name"]').setValue('李四')
    await wrapper.find('input[data-test="vf-idNumber"]').setValue('11010519491231002X')
    const vm = wrapper.findComponent({ name: 'RegionPickerInput' })
    vm.vm.$emit('update:modelValue', '330421100001')
    await wrapper.find('[data-test="vf-submit"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() => expect(errorOf(wrapper, 'vf-region')).toBe('区划不在您的管辖范围内'))
    wrapper.unmount()
  })
})
