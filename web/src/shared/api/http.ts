import axios, { type AxiosError, type AxiosInstance } from 'axios'
import { ElMessage } from 'element-plus'

/** An RFC 9457 problem detail, as every backend error is answered (see docs/api.md). */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  instance?: string
  errors?: FieldError[]
}

export interface FieldError {
  field: string
  message: string
}

/** The `{items,total,page,size}` answer of every list endpoint (page is 0-based). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface PageQuery {
  page?: number
  size?: number
}

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not show the global error toast; the caller shows the problem itself. */
    silent?: boolean
    /** Do not redirect to /login on 401 (startup `me` probe, the login call itself). */
    skipAuthRedirect?: boolean
    /** Internal: the request was already repeated once after a CSRF_INVALID answer. */
    csrfRetried?: boolean
  }
}

type Handler = () => void

const handlers: { unauthorized: Handler; passwordChangeRequired: Handler } = {
  unauthorized: () => {},
  passwordChangeRequired: () => {},
}

/** main.ts wires these to the router (kept out of this module to avoid an import cycle). */
export function onUnauthorized(handler: Handler): void {
  handlers.unauthorized = handler
}

export function onPasswordChangeRequired(handler: Handler): void {
  handlers.passwordChangeRequired = handler
}

export const http: AxiosInstance = axios.create({
  withCredentials: true,
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  headers: { Accept: 'application/json, application/problem+json' },
})

const SAFE_METHODS = new Set(['get', 'head', 'options'])

function hasXsrfCookie(): boolean {
  return typeof document !== 'undefined' && /(?:^|;\s*)XSRF-TOKEN=/.test(document.cookie)
}

// The server may rotate the CSRF token lazily (after login/logout the cookie can be missing until
// some answer sets it again): fetch it before a state-changing request if the cookie is absent.
http.interceptors.request.use(async (config) => {
  const method = (config.method ?? 'get').toLowerCase()
  if (!SAFE_METHODS.has(method) && !hasXsrfCookie()) {
    await http.get('/api/auth/csrf', { silent: true, skipAuthRedirect: true }).catch(() => {})
  }
  return config
})

/**
 * A form submission's body: the same fields, with its Idempotency-Key on the prototype, where
 * JSON does not see it but the request interceptor below does. (Axios copies plain-object
 * bodies when it merges a request's config, so a body cannot be recognised by identity.)
 */
class Submission {
  constructor(readonly idempotencyKey: string) {}
}

/** A new random key (also without `crypto.randomUUID`, which needs HTTPS). */
export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * `body` as one form submission: its POST carries `key` in the `Idempotency-Key` header, so
 * the server runs it once however often it is retried (docs/api.md). Other values are
 * returned as they are.
 */
export function asSubmission<T>(body: T, key: string): T {
  if (
    typeof body !== 'object' ||
    body === null ||
    Object.getPrototypeOf(body) !== Object.prototype
  ) {
    return body
  }
  return Object.assign(Object.create(new Submission(key)) as object, body) as T
}

http.interceptors.request.use((config) => {
  if ((config.method ?? 'get').toLowerCase() === 'post' && config.data instanceof Submission) {
    config.headers.set('Idempotency-Key', config.data.idempotencyKey)
  }
  return config
})

/**
 * Whether a failed submission was answered for good, so that the next attempt is a new
 * submission with a new key. Without an answer (network error, timeout), with a server error
 * or while the first attempt still runs, the outcome is unknown: a retry reuses the key and
 * gets the first attempt's result instead of making a second record.
 */
export function isSettled(error: unknown): boolean {
  if (!axios.isAxiosError(error) || !error.response) return false
  const status = error.response.status
  return status < 500 && toProblem(error)?.code !== 'IDEMPOTENCY_IN_PROGRESS'
}

function isProblem(data: unknown): data is Problem {
  return (
    typeof data === 'object' &&
    data !== null &&
    ('detail' in data || 'title' in data || 'code' in data)
  )
}

/** The problem detail carried by a failed request, or null (network error, non-problem body). */
export function toProblem(error: unknown): Problem | null {
  if (!axios.isAxiosError(error)) return null
  const data: unknown = error.response?.data
  if (isProblem(data)) return data
  if (error.response) return { status: error.response.status }
  return null
}

/** The message to show the user for a failed request. */
export function problemMessage(error: unknown, fallback = '操作失败，请稍后重试'): string {
  const problem = toProblem(error)
  // The reasons themselves, not "请检查标红的字段": a toast or a banner has no red field, and a
  // form may not show the field the server refused (e.g. publishing without a channel).
  const reasons = [...new Set((problem?.errors ?? []).map((e) => e.message).filter(Boolean))]
  if (reasons.length) return reasons.join('；')
  if (problem?.detail) return problem.detail
  if (problem?.title) return problem.title
  if (axios.isAxiosError(error) && !error.response) return '无法连接服务器，请检查网络'
  return fallback
}

/**
 * The validation errors of a problem (`errors[]`) as a map from field to message, ready for
 * `<el-form-item :error="serverErrors.name">`. The first message of each field wins.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  for (const e of toProblem(error)?.errors ?? []) {
    if (e.field && !(e.field in result)) result[e.field] = e.message
  }
  return result
}

http.interceptors.response.use(
  (response) => response,
  async (error: AxiosError) => {
    const config = error.config
    const problem = toProblem(error)
    const status = error.response?.status
    // A stale or rotated CSRF token: fetch a fresh cookie and repeat the request once.
    if (status === 403 && problem?.code === 'CSRF_INVALID' && config && !config.csrfRetried) {
      config.csrfRetried = true
      try {
        await http.get('/api/auth/csrf', { silent: true, skipAuthRedirect: true })
        return await http.request(config)
      } catch (retryError) {
        return Promise.reject(retryError)
      }
    }
    if (status === 401 && !config?.skipAuthRedirect) {
      handlers.unauthorized()
    } else if (status === 403 && problem?.code === 'PASSWORD_CHANGE_REQUIRED') {
      handlers.passwordChangeRequired()
    }
    const quiet =
      config?.silent ||
      (status === 401 && !config?.skipAuthRedirect && problem?.code === 'AUTH_REQUIRED')
    if (!quiet && !axios.isCancel(error)) {
      ElMessage.error(problemMessage(error))
    }
    return Promise.reject(error)
  },
)

/** Drops empty filter values so they are not sent as `?q=`. */
export function cleanParams<T extends object>(params: T): Partial<T> {
  const result: Partial<T> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      ;(result as Record<string, unknown>)[key] = value
    }
  }
  return result
}
