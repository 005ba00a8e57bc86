import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import ElementPlus from 'element-plus'
import type { Plugin } from 'vue'
import { http, type Problem } from '@/shared/api/http'
import { vPermission } from '@/shared/directives/permission'
import { useUserStore } from '@/shared/stores/user'
import type { Me } from '@/shared/types'

/** One fake backend answer: status and body (a Problem for errors). */
export type Reply = [status: number, body?: unknown]
export type Handler = (config: InternalAxiosRequestConfig) => Reply | Promise<Reply>

export interface RecordedRequest {
  method: string
  url: string
  params: unknown
  data: unknown
  headers: Record<string, unknown>
}

/** A JSON body as its value; a text body (a CSV file) as it is. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Replaces the axios adapter of the app's http instance, so the real interceptors (problem
 * handling, CSRF) run against canned answers keyed by "METHOD /path".
 */
export function fakeBackend(routes: Record<string, Handler | Reply>) {
  const requests: RecordedRequest[] = []
  const adapter: AxiosAdapter = async (config) => {
    const method = (config.method ?? 'get').toUpperCase()
    const url = config.url ?? ''
    const data: unknown = typeof config.data === 'string' ? parseBody(config.data) : config.data
    requests.push({ method, url, params: config.params, data, headers: config.headers.toJSON() })
    const key = `${method} ${url}`
    let reply: Reply
    if (key in routes) {
      const route = routes[key]!
      reply = typeof route === 'function' ? await route(config) : route
    } else if (key === 'GET /api/auth/csrf') {
      document.cookie = 'XSRF-TOKEN=test-token; path=/'
      reply = [200, { headerName: 'X-XSRF-TOKEN', token: 'test-token' }]
    } else {
      reply = [404, { status: 404, code: 'NOT_FOUND', detail: `no fake for ${key}` }]
    }
    const [status, body] = reply
    const response = {
      data: body,
      status,
      statusText: String(status),
      headers: new AxiosHeaders(),
      config,
      request: {},
    }
    if (status >= 400) {
      throw new AxiosError(
        `Request failed with status code ${status}`,
        status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
        config,
        {},
        response,
      )
    }
    return response
  }
  http.defaults.adapter = adapter
  return { requests }
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
) {
  return { type: 'about:blank', title: detail, status, code, detail, ...extra } satisfies Problem
}

export function me(permissions: string[], overrides: Partial<Me> = {}): Me {
  return {
    id: 1,
    username: 'county.admin',
    displayName: '县局管理员',
    roles: [{ code: 'COUNTY_ADMIN', name: '县级管理员' }],
    permissions,
    scope: { code: '330421000000', name: '嘉善县', level: 'COUNTY' },
    mustChangePassword: false,
    ...overrides,
  }
}

/** A fresh pinia with the user store already holding `user` (null = signed out). */
export function piniaWith(user: Me | null | undefined): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  if (user !== undefined) {
    const store = useUserStore()
    store.me = user
    store.loaded = true
  }
  return pinia
}

export const elementPlus: Plugin = ElementPlus

/** Global plugins and directives, as main.ts installs them. */
export function globals(pinia: Pinia, plugins: Plugin[] = []) {
  return {
    plugins: [pinia, ElementPlus, ...plugins],
    directives: { permission: vPermission },
  }
}
