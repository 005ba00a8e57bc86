import { computed, ref, watch } from 'vue'

export interface ColumnDef {
  key: string
  label: string
  /** Shown until the user decides otherwise (default true). */
  visible?: boolean
  /** Always shown; its checkbox is disabled. */
  fixed?: boolean
}

function read(storageKey: string): string[] | null {
  try {
    const raw = localStorage.getItem(storageKey)
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : null
  } catch {
    return null
  }
}

/**
 * Which table columns are visible, remembered in localStorage under `storageKey`
 * (the list of visible keys). Fixed columns are always visible.
 */
export function useColumnSettings(storageKey: string, columns: ColumnDef[]) {
  const defaults = () => columns.filter((c) => c.fixed || c.visible !== false).map((c) => c.key)
  const known = new Set(columns.map((c) => c.key))
  const stored = read(storageKey)
  const visibleKeys = ref<string[]>(stored ? stored.filter((k) => known.has(k)) : defaults())

  for (const c of columns) {
    if (c.fixed && !visibleKeys.value.includes(c.key)) visibleKeys.value.push(c.key)
  }

  watch(
    visibleKeys,
    (keys) => {
      try {
        localStorage.setItem(storageKey, JSON.stringify(keys))
      } catch {
        // storage full or disabled: the choice lasts for this page only
      }
    },
    { deep: true },
  )

  const visible = computed(() => new Set(visibleKeys.value))

  function isVisible(key: string): boolean {
    return visible.value.has(key)
  }

  function reset(): void {
    visibleKeys.value = defaults()
  }

  return { columns, visibleKeys, isVisible, reset }
}
