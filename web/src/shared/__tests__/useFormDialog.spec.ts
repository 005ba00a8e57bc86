import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent, reactive, type PropType } from 'vue'
import { ElMessage, type FormRules } from 'element-plus'
import { AxiosError } from 'axios'
import { http } from '@/shared/api/http'
import BaseFormDialog from '@/shared/components/BaseFormDialog.vue'
import { useFormDialog } from '@/shared/composables/useFormDialog'
import { fakeBackend, globals, piniaWith, problem } from '@/test/support'

interface Thing {
  id: number
  name: string
}

/** A dialog like StationForm: one required field, saved with POST /api/things. */
const ThingForm = defineComponent({
  components: { BaseFormDialog },
  props: {
    modelValue: { type: Boolean, required: true },
    thing: { type: Object as PropType<Thing | null>, default: null },
    ready: { type: Boolean, default: true },
  },
  emits: ['update:modelValue', 'saved'],
  setup(props, { emit }) {
    const form = reactive({ name: '' })
    const rules: FormRules = { name: [{ required: true, message: '请填写名称', trigger: 'blur' }] }
    const reset = vi.fn(() => {
      form.name = props.thing?.name ?? ''
    })
    const dialog = useFormDialog({
      visible: () => props.modelValue,
      reset,
      ready: () => props.ready,
      request: () => ({ name: form.name.trim() }),
      send: async (body: { name: string }) =>
        (await http.post<Thing>('/api/things', body, { silent: true })).data,
      successMessage: () => (props.thing ? '已保存' : '已新增'),
      onSaved: (saved: Thing) => emit('saved', saved),
      close: () => emit('update:modelValue', false),
    })
    return { form, rules, reset, ...dialog }
  },
  template: `
    <BaseFormDialog
      :model-value="modelValue"
      title="新增"
      :error="error"
      :saving="saving"
      form-test="thing-form"
      submit-test="thing-submit"
      @update:model-value="(v) => $emit('update:modelValue', v)"
      @submit="submit"
    >
      <el-form ref="formRef" :model="form" :rules="rules" @submit.prevent>
        <el-form-item label="名称" prop="name" :error="serverErrors.name">
          <el-input v-model="form.name" data-test="thing-name" />
        </el-form-item>
      </el-form>
    </BaseFormDialog>`,
})

function mountForm(props: { modelValue?: boolean; thing?: Thing | null; ready?: boolean } = {}) {
  return mount(ThingForm, {
    props: { modelValue: true, ...props },
    global: globals(piniaWith(null)),
    attachTo: document.body,
  })
}

type Wrapper = ReturnType<typeof mountForm>

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="thing-submit"]').trigger('click')
  await flushPromises()
}

const itemErrors = () =>
  [...document.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim())

afterEach(() => {
  document.body.innerHTML = ''
})

describe('useFormDialog', () => {
  it('does not send an invalid form', async () => {
    const { requests } = fakeBackend({})
    const wrapper = mountForm()
    await flushPromises()

    await submit(wrapper)

    await vi.waitFor(() => expect(itemErrors()).toContain('请填写名称'))
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0)
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('sends the request, toasts, emits the answer and closes', async () => {
    const success = vi.spyOn(ElMessage, 'success')
    const { requests } = fakeBackend({ 'POST /api/things': [201, { id: 5, name: '甲' }] })
    const wrapper = mountForm({ thing: { id: 5, name: ' 甲 ' } })
    await flushPromises()

    await submit(wrapper)

    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({ name: '甲' })
    expect(success).toHaveBeenCalledWith('已保存')
    expect(wrapper.emitted('saved')).toEqual([[{ id: 5, name: '甲' }]])
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
    expect(wrapper.vm.saving).toBe(false)
    wrapper.unmount()
  })

  it('shows the problem in the banner and its field errors on the items', async () => {
    fakeBackend({
      'POST /api/things': [
        400,
        problem(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [{ field: 'name', message: '名称已存在' }],
        }),
      ],
    })
    const wrapper = mountForm({ thing: { id: 5, name: '甲' } })
    await flushPromises()

    await submit(wrapper)

    expect(wrapper.vm.serverErrors).toEqual({ name: '名称已存在' })
    expect(document.querySelector('[data-test="form-error"]')?.textContent).toContain('名称已存在')
    await vi.waitFor(() => expect(itemErrors()).toContain('名称已存在'))
    expect(wrapper.emitted('saved')).toBeUndefined()
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(wrapper.vm.saving).toBe(false)
    wrapper.unmount()
  })

  it('falls back to the given message when the failure carries no detail', async () => {
    fakeBackend({ 'POST /api/things': [500, 'oops'] })
    const wrapper = mountForm({ thing: { id: 5, name: '甲' } })
    await flushPromises()

    await submit(wrapper)

    expect(wrapper.vm.error).toBe('保存失败')
    wrapper.unmount()
  })

  it('resets the form and clears old errors each time the dialog opens', async () => {
    fakeBackend({ 'POST /api/things': [409, problem(409, 'CONFLICT', '名称冲突')] })
    const wrapper = mountForm({ modelValue: false })
    await flushPromises()
    expect(wrapper.vm.reset).not.toHaveBeenCalled()

    await wrapper.setProps({ modelValue: true, thing: { id: 5, name: '甲' } })
    await flushPromises()
    expect(wrapper.vm.reset).toHaveBeenCalledTimes(1)
    expect(wrapper.vm.form.name).toBe('甲')

    await submit(wrapper)
    expect(wrapper.vm.error).toBe('名称冲突')

    await wrapper.setProps({ modelValue: false })
    await wrapper.setProps({ modelValue: true, thing: null })
    await flushPromises()
    expect(wrapper.vm.reset).toHaveBeenCalledTimes(2)
    expect(wrapper.vm.form.name).toBe('')
    expect(wrapper.vm.error).toBe('')
    expect(wrapper.vm.serverErrors).toEqual({})
    wrapper.unmount()
  })

  it('sends once while a save is running and nothing while not ready', async () => {
    let answer: (reply: [number, unknown]) => void = () => {}
    const { requests } = fakeBackend({
      'POST /api/things': () => new Promise((resolve) => (answer = resolve)),
    })
    const wrapper = mountForm({ thing: { id: 5, name: '甲' } })
    await flushPromises()

    const first = wrapper.vm.submit()
    await vi.waitFor(() => expect(wrapper.vm.saving).toBe(true))
    await wrapper.vm.submit()
    answer([200, { id: 5, name: '甲' }])
    await first
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(wrapper.vm.saving).toBe(false)

    await wrapper.setProps({ ready: false })
    await wrapper.vm.submit()
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    wrapper.unmount()
  })

  it('sends an Idempotency-Key, kept for a retry after no answer and new after an answer', async () => {
    let attempt = 0
    const { requests } = fakeBackend({
      'POST /api/things': (config) => {
        attempt += 1
        if (attempt === 1) throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config)
        if (attempt === 3) return [400, problem(400, 'VALIDATION_FAILED', '名称已存在')]
        return [201, { id: attempt, name: '甲' }]
      },
    })
    const wrapper = mountForm({ thing: null })
    await flushPromises()
    wrapper.vm.form.name = '甲'

    await submit(wrapper)
    expect(wrapper.vm.error).toBe('无法连接服务器，请检查网络')
    await submit(wrapper)
    expect(wrapper.emitted('saved')).toHaveLength(1)

    await wrapper.setProps({ modelValue: false })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    wrapper.vm.form.name = '乙'
    await submit(wrapper)
    await submit(wrapper)

    const keys = requests
      .filter((r) => r.method === 'POST')
      .map((r) => r.headers['Idempotency-Key'])
    expect(keys).toHaveLength(4)
    keys.forEach((key) => expect(key).toMatch(/^[0-9a-f]{32}$/))
    expect(keys[1]).toBe(keys[0])
    expect(keys[2]).not.toBe(keys[1])
    expect(keys[3]).not.toBe(keys[2])
    wrapper.unmount()
  })
})
