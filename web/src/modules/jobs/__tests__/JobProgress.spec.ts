import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import JobProgress from '../components/JobProgress.vue'
import type { Job } from '../api'
import { fakeBackend, globals, piniaWith, problem, type Reply } from '@/test/support'

function job(overrides: Partial<Job> = {}): Job {
  return {
    id: 42,
    kind: 'STAFF_IMPORT',
    title: '导入工作人员',
    status: 'RUNNING',
    total: 10,
    processed: 0,
    percent: 0,
    summary: null,
    fileName: null,
    createdAt: '2026-11-28T06:00:00Z',
    finishedAt: null,
    ...overrides,
  }
}

/** GET /api/jobs/42 answers these states one after the other, then repeats the last. */
function jobStates(...states: Job[]) {
  let next = 0
  return (): Reply => [200, states[Math.min(next++, states.length - 1)]]
}

function mountProgress(jobId = 42) {
  return mount(JobProgress, {
    props: { jobId },
    global: globals(piniaWith(null)),
    attachTo: document.body,
  })
}

type Wrapper = ReturnType<typeof mountProgress>

const text = (wrapper: Wrapper, test: string) => wrapper.find(`[data-test="${test}"]`).text()
const polls = (requests: { method: string; url: string }[]) =>
  requests.filter((r) => r.method === 'GET' && r.url === '/api/jobs/42').length

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('JobProgress', () => {
  it('polls every 500 ms from RUNNING to SUCCEEDED and then offers the result file', async () => {
    const done = job({
      status: 'SUCCEEDED',
      processed: 10,
      percent: 100,
      summary: '导入 8 条，2 条有误',
      fileName: '导入错误报告.xlsx',
      finishedAt: '2026-11-28T06:00:02Z',
    })
    const { requests } = fakeBackend({
      'GET /api/jobs/42': jobStates(job(), job({ processed: 5, percent: 50 }), done),
    })
    const wrapper = mountProgress()
    await flushPromises()

    expect(wrapper.find('[data-test="job-progress"]').text()).toContain('导入工作人员')
    expect(text(wrapper, 'job-status')).toBe('进行中')
    expect(text(wrapper, 'job-percent')).toContain('0%')
    expect(wrapper.text()).toContain('已处理 0 / 共 10 条')
    expect(wrapper.find('[data-test="job-cancel"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="job-file"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="job-summary"]').exists()).toBe(false)
    expect(polls(requests)).toBe(1)

    await vi.advanceTimersByTimeAsync(499)
    expect(polls(requests)).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(polls(requests)).toBe(2)
    expect(text(wrapper, 'job-percent')).toContain('50%')
    expect(wrapper.text()).toContain('已处理 5 / 共 10 条')

    await vi.advanceTimersByTimeAsync(500)
    expect(polls(requests)).toBe(3)
    expect(text(wrapper, 'job-status')).toBe('已完成')
    expect(text(wrapper, 'job-percent')).toContain('100%')
    expect(wrapper.find('[data-test="job-percent"]').classes()).toContain('is-success')
    expect(wrapper.text()).toContain('已处理 10 / 共 10 条')
    expect(text(wrapper, 'job-summary')).toContain('导入 8 条，2 条有误')
    expect(wrapper.find('[data-test="job-cancel"]').exists()).toBe(false)
    const file = wrapper.find('[data-test="job-file"]')
    expect(file.attributes('href')).toBe('/api/jobs/42/file')
    expect(file.text()).toBe('下载结果文件')
    expect(wrapper.emitted('finished')).toEqual([[done]])

    // polling stops once the job has ended
    await vi.advanceTimersByTimeAsync(5000)
    expect(polls(requests)).toBe(3)
    expect(wrapper.emitted('finished')).toHaveLength(1)
    wrapper.unmount()
  })

  it('cancels a running job through the endpoint and shows it as cancelled', async () => {
    let cancelled = false
    const { requests } = fakeBackend({
      'GET /api/jobs/42': () => [
        200,
        cancelled
          ? job({ status: 'CANCELLED', processed: 3, percent: 30, summary: '已取消，处理了 3 条' })
          : job({ processed: 3, percent: 30 }),
      ],
      'POST /api/jobs/42/cancel': () => {
        cancelled = true
        return [204]
      },
    })
    const wrapper = mountProgress()
    await flushPromises()

    await wrapper.find('[data-test="job-cancel"]').trigger('click')
    await flushPromises()

    expect(requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      '/api/jobs/42/cancel',
    ])
    // the outcome is fetched at once, not at the next tick
    expect(polls(requests)).toBe(2)
    expect(text(wrapper, 'job-status')).toBe('已取消')
    expect(wrapper.find('[data-test="job-percent"]').classes()).toContain('is-warning')
    expect(text(wrapper, 'job-summary')).toContain('已取消，处理了 3 条')
    expect(wrapper.find('[data-test="job-cancel"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="job-file"]').exists()).toBe(false)
    expect(wrapper.emitted('finished')?.[0]?.[0]).toMatchObject({ status: 'CANCELLED' })

    await vi.advanceTimersByTimeAsync(5000)
    expect(polls(requests)).toBe(2)
    wrapper.unmount()
  })

  it('shows a failed job with an unknown total', async () => {
    fakeBackend({
      'GET /api/jobs/42': [
        200,
        job({ status: 'FAILED', total: null, processed: 7, summary: '任务失败：文件无法读取' }),
      ],
    })
    const wrapper = mountProgress()
    await flushPromises()

    expect(text(wrapper, 'job-status')).toBe('失败')
    expect(wrapper.find('[data-test="job-percent"]').classes()).toContain('is-exception')
    expect(wrapper.text()).toContain('已处理 7 条')
    expect(text(wrapper, 'job-summary')).toContain('任务失败：文件无法读取')
    wrapper.unmount()
  })

  it('stops polling when unmounted', async () => {
    const { requests } = fakeBackend({ 'GET /api/jobs/42': [200, job()] })
    const wrapper = mountProgress()
    await flushPromises()
    await vi.advanceTimersByTimeAsync(1000)
    expect(polls(requests)).toBe(3)

    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(5000)
    expect(polls(requests)).toBe(3)
  })

  it('stops polling and says so when the job does not exist', async () => {
    const { requests } = fakeBackend({
      'GET /api/jobs/42': [404, problem(404, 'NOT_FOUND', '任务不存在')],
    })
    const wrapper = mountProgress()
    await flushPromises()

    expect(text(wrapper, 'job-error')).toContain('任务不存在')
    await vi.advanceTimersByTimeAsync(5000)
    expect(polls(requests)).toBe(1)
    expect(wrapper.emitted('finished')).toBeUndefined()
    wrapper.unmount()
  })
})
