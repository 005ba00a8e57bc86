import { reactive, ref, shallowRef, type ShallowRef } from 'vue'
import type { Page } from '@/shared/api/http'

/** The 0-based page index and size of the next request. */
export interface Paging {
  page: number
  size: number
}

export interface PagedQueryOptions<F extends object> {
  /** The filter values of a fresh page (also what reset() goes back to). */
  filters?: () => F
  /** The first page size (default 20). */
  size?: number
}

/**
 * The state of a list page over a `{items,total,page,size}` endpoint: filters, paging, the page
 * shown and the loading flag. Pair it with BasePageTable:
 *
 * ```vue
 * const { filters, page, loading, load, search, reset, onPage } = usePagedQuery(
 *   (f, paging) => stationApi.list({ q: f.q.trim(), ...paging }),
 *   { filters: () => ({ q: '' }) },
 * )
 * onMounted(load)
 * <BasePageTable :page="page" :loading="loading" @change="onPage">
 * ```
 *
 * A failed request keeps the previous page (the http layer has shown the problem); when requests
 * overlap, only the answer of the latest one is shown.
 */
export function usePagedQuery<T, F extends object = Record<string, never>>(
  fetch: (filters: F, paging: Paging) => Promise<Page<T>>,
  options: PagedQueryOptions<F> = {},
) {
  const initialFilters = options.filters ?? (() => ({}) as F)
  // filters hold plain values (strings, numbers, dates), so the reactive proxy reads as F
  const filters = reactive(initialFilters()) as F
  const paging = reactive<Paging>({ page: 0, size: options.size ?? 20 })
  const page: ShallowRef<Page<T> | null> = shallowRef(null)
  const loading = ref(false)
  let latest = 0

  /** Loads the current page with the current filters. */
  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const answer = await fetch(filters, { page: paging.page, size: paging.size })
      if (request === latest) page.value = answer
    } catch {
      // the http layer has shown the problem
    } finally {
      if (request === latest) loading.value = false
    }
  }

  /** Goes back to the first page and loads it (after the filters changed). */
  function search(): void {
    paging.page = 0
    void load()
  }

  /** Puts the filters back to their initial values and searches. */
  function reset(): void {
    Object.assign(filters, initialFilters())
    search()
  }

  /** BasePageTable's `change` event: another page or page size. */
  function onPage(index: number, size: number): void {
    paging.page = index
    paging.size = size
    void load()
  }

  return { filters, paging, page, loading, load, search, reset, onPage }
}
