import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import VeteranImportView from '../views/VeteranImportView.vue'
import type { Job } from '@/modules/jobs/api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { testRouter } from './fixtures'

function job(overrides: Partial<Job> = {}): Job {
  return {
    id: 77,
    kind: 'VETERAN_IMPORT',
    title: '导入人员档案',
    status: 'SUCCEEDED',
    total: 3,
    processed: 3,
    percent: 100,
    summary: '共 3 行：新增 2，已存在 0，错误 1',
    fileName: 'roster-错误行.xlsx',
    createdAt: '2026-11-28T06:00:00Z',
    finishedAt: '2026-11-28T06:00:02Z',
    ...overrides,
  }
}

async function mountWizard() {
  const router = await testRouter('/registry/import')
  const wrapper = mount(VeteranImportView, {
    global: globals(piniaWith(me(['registry:veteran:import'])), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountWizard>>['wrapper']

async function choose(wrapper: Wrapper, file: File) {
  const input = wrapper.find('[data-test="import-file"] input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('VeteranImportView', () => {
  it('links the templates and refuses other file types', async () => {
    const { requests } = fakeBackend({})
    const { wrapper } = await mountWizard()

    expect(wrapper.find('[data-test="import-template-xlsx"]').attributes('href')).toBe(
      '/api/registry/imports/template?format=xlsx',
    )
    expect(wrapper.find('[data-test="import-template-csv"]').attributes('href')).toBe(
      '/api/registry/imports/template?format=csv',
    )
    expect(wrapper.find('[data-test="import-submit"]').attributes('disabled')).toBeDefined()

    await choose(wrapper, new File(['x'], 'roster.pdf', { type: 'application/pdf' }))
    expect(wrapper.find('[data-test="import-error"]').text()).toContain('.xlsx 或 .csv')
    expect(wrapper.find('[data-test="import-submit"]').attributes('disabled')).toBeDefined()
    expect(requests).toHaveLength(0)
    wrapper.unmount()
  })

  it('posts the file as multipart and follows the job to its result', async () => {
    const { requests } = fakeBackend({
      'POST /api/registry/imports': [202, { jobId: 77 }],
      'GET /api/jobs/77': [200, job()],
    })
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    const { wrapper, router } = await mountWizard()

    const file = new File(['姓名,身份证号,户籍区划代码\n'], 'roster.csv', { type: 'text/csv' })
    await choose(wrapper, file)
    expect(wrapper.find('[data-test="import-submit"]').attributes('disabled')).toBeUndefined()

    await wrapper.find('[data-test="import-submit"]').trigger('click')
    await flushPromises()

    const post = requests.find((r) => r.method === 'POST' && r.url === '/api/registry/imports')
    expect(post?.data).toBeInstanceOf(FormData)
    const sent = (post?.data as FormData).get('file') as File
    expect(sent.name).toBe('roster.csv')
    // the CSRF cookie was fetched first, so the header goes with the upload
    expect(requests[0]?.url).toBe('/api/auth/csrf')

    expect(wrapper.find('[data-test="job-progress"]').exists()).toBe(true)
    expect(requests.some((r) => r.url === '/api/jobs/77')).toBe(true)
    expect(wrapper.find('[data-test="job-summary"]').text()).toContain('新增 2')
    expect(wrapper.find('[data-test="job-file"]').attributes('href')).toBe('/api/jobs/77/file')
    expect(wrapper.find('[data-test="import-result"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="import-error-rows"]').attributes('href')).toBe(
      '/api/jobs/77/file',
    )

    await wrapper.find('[data-test="import-view-people"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/registry/veterans')
    wrapper.unmount()
  })

  it('shows the server problem when the upload is refused', async () => {
    fakeBackend({
      'POST /api/registry/imports': [
        400,
        { status: 400, code: 'VALIDATION_FAILED', detail: '文件不是有效的 xlsx' },
      ],
    })
    const { wrapper } = await mountWizard()
    await choose(wrapper, new File(['x'], 'roster.xlsx'))
    await wrapper.find('[data-test="import-submit"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="import-error"]').text()).toContain('文件不是有效的 xlsx')
    expect(wrapper.find('[data-test="job-progress"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
