import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import TemplateEditor from '../components/TemplateEditor.vue'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'

describe('TemplateEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('inserts a variable chip at the caret and previews the text on the server', async () => {
    const { requests } = fakeBackend({
      'POST /api/messaging/templates/preview': (config) => {
        const body = JSON.parse(config.data as string) as { title: string; body: string }
        if (body.body.includes('${nmae}')) {
          return [
            400,
            problem(400, 'INVALID', '请求参数有误', {
              errors: [{ field: 'body', message: '未知变量：${nmae}' }],
            }),
          ]
        }
        return [
          200,
          {
            title: '八一建军节问候',
            text: body.body.replace('${name}', '张建国'),
            length: 9,
            smsParts: 1,
          },
        ]
      },
    })
    const wrapper = mount(TemplateEditor, {
      props: { modelValue: true, template: null },
      global: globals(piniaWith(me(['messaging:template:edit']))),
      attachTo: document.body,
    })
    await flushPromises()
    const field = <T extends Element>(test: string) =>
      document.querySelector<T>(
        `input[data-test=${test}], textarea[data-test=${test}], [data-test=${test}] input, [data-test=${test}] textarea`,
      )!
    const title = field<HTMLInputElement>('template-title')
    const body = field<HTMLTextAreaElement>('template-body')
    title.value = '${festival}问候'
    title.dispatchEvent(new Event('input'))
    body.value = '同志：您好'
    body.dispatchEvent(new Event('input'))
    body.setSelectionRange(0, 0)
    body.dispatchEvent(new Event('click'))
    // (in the browser the hook is on the tag itself; here a transition stub wraps it)
    document
      .querySelector<HTMLElement>('.el-tag[data-test=chip-name], [data-test=chip-name] .el-tag')!
      .click()
    await flushPromises()
    expect(body.value).toBe('${name}同志：您好')

    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    const previews = requests.filter((r) => r.url.endsWith('/preview'))
    expect(previews).toHaveLength(1)
    expect(document.querySelector('[data-test=preview-text]')!.textContent).toBe('张建国同志：您好')

    body.value = '${nmae}同志'
    body.dispatchEvent(new Event('input'))
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect(document.querySelector('[data-test=preview-error]')!.textContent).toContain('${nmae}')
    wrapper.unmount()
  })
})
