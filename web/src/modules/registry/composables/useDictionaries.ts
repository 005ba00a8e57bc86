import { reactive } from 'vue'
import { dictionaryApi, type DictionaryItem, type DictionaryKind } from '../api'

const cache = new Map<DictionaryKind, Promise<DictionaryItem[]>>()

/** Loads a dictionary once per page load (a failed load is tried again next time). */
export function loadDictionary(kind: DictionaryKind): Promise<DictionaryItem[]> {
  let pending = cache.get(kind)
  if (!pending) {
    pending = dictionaryApi.list(kind).catch((e: unknown) => {
      cache.delete(kind)
      throw e
    })
    cache.set(kind, pending)
  }
  return pending
}

/** Forgets the loaded dictionaries (tests; after a dictionary was edited). */
export function clearDictionaryCache(): void {
  cache.clear()
}

/**
 * The items of some registry dictionaries (`GET /api/registry/dictionaries/{kind}`) for selects,
 * and `label(kind, code)` for tables (falls back to the code).
 */
export function useDictionaries(kinds: DictionaryKind[]) {
  const items = reactive({} as Record<DictionaryKind, DictionaryItem[]>)
  for (const kind of kinds) items[kind] = []

  async function load(): Promise<void> {
    await Promise.all(
      kinds.map(async (kind) => {
        try {
          const list = await loadDictionary(kind)
          items[kind] = [...list].sort((a, b) => a.sortOrder - b.sortOrder)
        } catch {
          items[kind] = []
        }
      }),
    )
  }

  function label(kind: DictionaryKind, code: string | null | undefined): string {
    if (!code) return ''
    return items[kind]?.find((i) => i.code === code)?.label ?? code
  }

  const ready = load()
  return { items, label, ready, reload: load }
}
