import { defineStore } from 'pinia'
import { reactive } from 'vue'
import { http } from '@/shared/api/http'

const BATCH = 500

/**
 * Names for what records store as codes: region codes (区划) and usernames (生成人、审核人 …).
 * A page asks for each name as it renders; the asks of one tick go to the server together, and
 * every answer is kept for the session. Until it arrives (or when there is none, e.g. a system
 * job's username), the code itself shows, so nothing is ever blank.
 */
export const useNamesStore = defineStore('names', () => {
  const users = reactive<Record<string, string>>({})
  const regions = reactive<Record<string, string>>({})
  const asked = { users: new Set<string>(), regions: new Set<string>() }
  const queued = { users: new Set<string>(), regions: new Set<string>() }
  let flushing: Promise<void> | null = null

  async function fetchNames(
    url: string,
    param: string,
    keys: string[],
    into: Record<string, string>,
  ): Promise<void> {
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH)
      try {
        const { data } = await http.get<Record<string, string>>(url, {
          params: { [param]: batch.join(',') },
          silent: true,
        })
        Object.assign(into, data)
      } catch {
        // a name is a nicety: on failure the code stays on the page, and a later page may ask again
        batch.forEach((key) => (into === users ? asked.users : asked.regions).delete(key))
      }
    }
  }

  function schedule(): Promise<void> {
    flushing ??= Promise.resolve().then(async () => {
      const userKeys = [...queued.users]
      const regionKeys = [...queued.regions]
      queued.users.clear()
      queued.regions.clear()
      flushing = null
      await Promise.all([
        userKeys.length
          ? fetchNames('/api/identity/staff-names', 'usernames', userKeys, users)
          : undefined,
        regionKeys.length
          ? fetchNames('/api/organization/regions/names', 'codes', regionKeys, regions)
          : undefined,
      ])
    })
    return flushing
  }

  function userName(username: string | null | undefined): string {
    if (!username) return ''
    if (!asked.users.has(username)) {
      asked.users.add(username)
      queued.users.add(username)
      void schedule()
    }
    return users[username] ?? username
  }

  function regionName(code: string | null | undefined): string {
    if (!code) return ''
    if (!asked.regions.has(code)) {
      asked.regions.add(code)
      queued.regions.add(code)
      void schedule()
    }
    return regions[code] ?? code
  }

  return { userName, regionName }
})
