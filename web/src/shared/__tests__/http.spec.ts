import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  asSubmission,
  fieldErrors,
  http,
  onPasswordChangeRequired,
  onUnauthorized,
  problemMessage,
} from '@/shared/api/http'
import { fakeBackend, problem } from '@/test/support'

afterEach(() => {
  onUnauthorized(() => {})
  onPasswordChangeRequired(() => {})
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: unknown) => e,
  )
}

describe('http', () => {
  it('maps problem errors[] to form field errors and reads the detail', async () => {
    fakeBackend({
      'POST /api/x': [
        400,
        problem(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [
            { field: 'name', message: '名称不能为空' },
            { field: 'name', message: '第二条' },
            { field: 'phone', message: '电话号码格式不正确' },
          ],
        }),
      ],
    })
    const error = await failure(http.post('/api/x', {}, { silent: true }))
    expect(fieldErrors(error)).toEqual({ name: '名称不能为空', phone: '电话号码格式不正确' })
    expect(problemMessage(error)).toBe('名称不能为空；第二条；电话号码格式不正确')
    expect(fieldErrors(new Error('boom'))).toEqual({})
  })

  it('fetches the CSRF cookie before a state-changing request when it is missing', async () => {
    const { requests } = fakeBackend({ 'DELETE /api/x/1': [204] })
    await http.delete('/api/x/1')
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/auth/csrf',
      'DELETE /api/x/1',
    ])
    await http.delete('/api/x/1')
    expect(requests).toHaveLength(3)
  })

  it('calls the 401 and password-change handlers', async () => {
    const unauthorized = vi.fn()
    const mustChange = vi.fn()
    onUnauthorized(unauthorized)
    onPasswordChangeRequired(mustChange)
    fakeBackend({
      'GET /api/a': [401, problem(401, 'AUTH_REQUIRED', '请先登录')],
      'GET /api/b': [403, problem(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改密码')],
      'GET /api/c': [401, problem(401, 'AUTH_REQUIRED', '请先登录')],
    })
    await failure(http.get('/api/a'))
    await failure(http.get('/api/b', { silent: true }))
    await failure(http.get('/api/c', { skipAuthRedirect: true, silent: true }))
    expect(unauthorized).toHaveBeenCalledTimes(1)
    expect(mustChange).toHaveBeenCalledTimes(1)
  })
})

describe('http CSRF retry', () => {
  it('fetches a fresh token and repeats the request once after CSRF_INVALID', async () => {
    let calls = 0
    const { requests } = fakeBackend({
      'POST /api/y': () => {
        calls += 1
        return calls === 1
          ? [403, problem(403, 'CSRF_INVALID', '页面已过期，请刷新后重试')]
          : [200, { ok: true }]
      },
    })
    document.cookie = 'XSRF-TOKEN=stale; path=/'
    const { data } = await http.post('/api/y', {})
    expect(data).toEqual({ ok: true })
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/y',
      'GET /api/auth/csrf',
      'POST /api/y',
    ])
  })

  it('gives up after one retry', async () => {
    const { requests } = fakeBackend({
      'POST /api/y': [403, problem(403, 'CSRF_INVALID', '页面已过期，请刷新后重试')],
    })
    document.cookie = 'XSRF-TOKEN=stale; path=/'
    const error = await failure(http.post('/api/y', {}, { silent: true }))
    expect(problemMessage(error)).toBe('页面已过期，请刷新后重试')
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('sends the Idempotency-Key of a marked submission with its POST only', async () => {
    const { requests } = fakeBackend({ 'POST /api/x': [201, {}], 'POST /api/y': [201, {}] })
    await http.post('/api/x', asSubmission({ name: '甲' }, 'key-of-this-submission'))
    await http.post('/api/y', { name: '乙' })
    expect(requests.find((r) => r.url === '/api/x')?.headers['Idempotency-Key']).toBe(
      'key-of-this-submission',
    )
    expect(requests.find((r) => r.url === '/api/y')?.headers['Idempotency-Key']).toBeUndefined()
  })
})
