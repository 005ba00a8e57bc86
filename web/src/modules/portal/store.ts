import { defineStore } from 'pinia'
import { ref } from 'vue'
import { portalApi, type PortalMe } from './api'

/** The person signed in to the portal; separate from the staff user store. */
export const usePortalStore = defineStore('portal', () => {
  const me = ref<PortalMe | null>(null)
  const loaded = ref(false)

  async function ensureLoaded(): Promise<PortalMe | null> {
    if (loaded.value) return me.value
    try {
      me.value = await portalApi.me()
    } catch {
      me.value = null
    }
    loaded.value = true
    return me.value
  }

  function signedIn(who: PortalMe): void {
    me.value = who
    loaded.value = true
  }

  async function logout(): Promise<void> {
    try {
      await portalApi.logout()
    } finally {
      clear()
    }
  }

  function clear(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, ensureLoaded, signedIn, logout, clear }
})
