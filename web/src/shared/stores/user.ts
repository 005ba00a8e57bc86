import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/modules/identity/api'
import type { Me } from '@/shared/types'

/** The signed-in user; `loaded` turns true after the first `GET /api/auth/me` answered. */
export const useUserStore = defineStore('user', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)
  let pending: Promise<Me | null> | null = null

  const loggedIn = computed(() => me.value !== null)
  const permissions = computed(() => new Set(me.value?.permissions ?? []))

  function hasPermission(code: string | null | undefined): boolean {
    if (!code) return true
    return permissions.value.has(code)
  }

  /** Loads the current user; any failure (401, backend down) means "not signed in". */
  async function fetchMe(): Promise<Me | null> {
    try {
      me.value = await authApi.me()
    } catch {
      me.value = null
    }
    loaded.value = true
    return me.value
  }

  /** fetchMe once, shared by concurrent callers (router guard at startup). */
  function ensureLoaded(): Promise<Me | null> {
    if (loaded.value) return Promise.resolve(me.value)
    pending ??= fetchMe().finally(() => {
      pending = null
    })
    return pending
  }

  async function login(username: string, password: string): Promise<Me | null> {
    await authApi.csrf()
    await authApi.login(username, password)
    return fetchMe()
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  function clear(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, loggedIn, hasPermission, fetchMe, ensureLoaded, login, logout, clear }
})
