import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ElFormItem } from 'element-plus'
import ContactRecordForm from '../components/ContactRecordForm.vue'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'
import { viewportWidth } from '@/test/viewport'

const person = { veteranId: 42, name: '沈国强', regionName: '西街社区', daysLeft: -2 }

const saved = {
  id: 7,
  veteranId: 42,
  personName: '沈国强',
  regionCode: '330421103001',
  source: 'CONTACT',
  careVisitId: null,
  channel: 'PHONE',
  contactedOn: '2026-06-15',
  reached: true,
  mood: 'STABLE',
  summary: null,
  liaisonId: 3,
  contactedBy: '陆芳',
  needs: 0,
  createdBy: 'xijie.staff',
  problems: [],
}

function mountForm() {
  return mount(ContactRecordForm, {
    props: { modelValue: true, person, contactedBy: '陆芳' },
    global: globals(piniaWith(me(['contact:record:create']))),
    attachTo: document.body,
  })
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ContactRecordForm', () => {
  it('records a phone call with a stable mood by the liaison in one more tap', async () => {
    viewportWidth(375)
    const { requests } = fakeBackend({ 'POST /api/contact/records': [201, saved] })
    const wrapper = mountForm()
    await flushPromises()
    ;(document.querySelector('[data-test=contact-save]') as HTMLElement).click()
    await flushPromises()
    const sent = requests.find((r) => r.method === 'POST')
    expect(sent?.data).toMatchObject({
      veteranId: 42,
      channel: 'PHONE',
      reached: true,
      mood: 'STABLE',
      contactedBy: '陆芳',
      needs: [],
    })
    expect(wrapper.emitted('saved')?.[0]).toEqual([saved])
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false])
  })

  it('sends no mood and no needs for a call that did not get through', async () => {
    viewportWidth(1280)
    const { requests } = fakeBackend({
      'POST /api/contact/records': [201, { ...saved, reached: false, mood: null }],
    })
    mountForm()
    await flushPromises()
    ;(document.querySelector('[data-test=contact-unreached] input') as HTMLInputElement).click()
    await flushPromises()
    expect(document.querySelector('[data-test=contact-mood-STABLE]')).toBeNull()
    ;(document.querySelector('[data-test=contact-save]') as HTMLElement).click()
    await flushPromises()
    expect(requests.find((r) => r.method === 'POST')?.data).toMatchObject({
      reached: false,
      mood: null,
      needs: [],
    })
  })

  it('shows the server refusing an unsettled mood without a summary on the field', async () => {
    viewportWidth(375)
    fakeBackend({
      'POST /api/contact/records': [
        400,
        problem(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [{ field: 'summary', message: '思想动态为“波动”时请简要记录联系情况' }],
        }),
      ],
    })
    const wrapper = mountForm()
    await flushPromises()
    ;(document.querySelector('[data-test=contact-save]') as HTMLElement).click()
    await flushPromises()
    const errors = wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))
    expect(errors).toContain('思想动态为“波动”时请简要记录联系情况')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
