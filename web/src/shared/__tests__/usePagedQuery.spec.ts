import { describe, expect, it, vi } from 'vitest'
import type { Page } from '@/shared/api/http'
import { usePagedQuery, type Paging } from '@/shared/composables/usePagedQuery'

interface Row {
  id: number
}

function pageOf(ids: number[], paging: Paging = { page: 0, size: 20 }): Page<Row> {
  return { items: ids.map((id) => ({ id })), total: ids.length, ...paging }
}

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('usePagedQuery', () => {
  it('loads the current page with the filters and flags loading meanwhile', async () => {
    const answer = deferred<Page<Row>>()
    const fetch = vi.fn<(f: { q: string }, p: Paging) => Promise<Page<Row>>>(() => answer.promise)
    const query = usePagedQuery(fetch, { filters: () => ({ q: '' }) })
    expect(query.page.value).toBeNull()
    expect(query.paging).toEqual({ page: 0, size: 20 })

    query.filters.q = '西塘'
    const loading = query.load()
    expect(query.loading.value).toBe(true)
    expect(fetch).toHaveBeenCalledWith({ q: '西塘' }, { page: 0, size: 20 })

    answer.resolve(pageOf([1, 2]))
    await loading
    expect(query.loading.value).toBe(false)
    expect(query.page.value?.items).toEqual([{ id: 1 }, { id: 2 }])
  })

  it('moves between pages, goes back to the first on search and resets the filters', async () => {
    const fetch = vi.fn(async (_f: { q: string; stationId: number | null }, p: Paging) =>
      pageOf([p.page], p),
    )
    const query = usePagedQuery(fetch, {
      filters: () => ({ q: '', stationId: null as number | null }),
      size: 50,
    })

    query.onPage(3, 10)
    await vi.waitFor(() => expect(query.page.value?.page).toBe(3))
    expect(fetch).toHaveBeenLastCalledWith({ q: '', stationId: null }, { page: 3, size: 10 })

    query.filters.q = '张'
    query.filters.stationId = 7
    query.search()
    await vi.waitFor(() => expect(query.page.value?.page).toBe(0))
    expect(fetch).toHaveBeenLastCalledWith({ q: '张', stationId: 7 }, { page: 0, size: 10 })

    query.onPage(2, 10)
    query.reset()
    expect(query.filters).toEqual({ q: '', stationId: null })
    expect(query.paging).toEqual({ page: 0, size: 10 })
    await vi.waitFor(() => expect(query.loading.value).toBe(false))
    expect(fetch).toHaveBeenLastCalledWith({ q: '', stationId: null }, { page: 0, size: 10 })
  })

  it('starts with the given page size and works without filters', async () => {
    const fetch = vi.fn(async (_f: object, p: Paging) => pageOf([], p))
    const query = usePagedQuery(fetch, { size: 50 })
    await query.load()
    expect(fetch).toHaveBeenCalledWith({}, { page: 0, size: 50 })
    expect(query.page.value?.size).toBe(50)
  })

  it('keeps the previous page when a request fails', async () => {
    const fetch = vi
      .fn<() => Promise<Page<Row>>>()
      .mockResolvedValueOnce(pageOf([1]))
      .mockRejectedValueOnce(new Error('network'))
    const query = usePagedQuery(fetch)
    await query.load()
    await query.load()
    expect(query.page.value?.items).toEqual([{ id: 1 }])
    expect(query.loading.value).toBe(false)
  })

  it('shows only the answer of the latest request when requests overlap', async () => {
    const slow = deferred<Page<Row>>()
    const fast = deferred<Page<Row>>()
    const fetch = vi
      .fn<() => Promise<Page<Row>>>()
      .mockReturnValueOnce(slow.promise)
      .mockReturnValueOnce(fast.promise)
    const query = usePagedQuery(fetch)

    const first = query.load()
    const second = query.load()
    fast.resolve(pageOf([2]))
    await second
    expect(query.page.value?.items).toEqual([{ id: 2 }])
    expect(query.loading.value).toBe(false)

    slow.resolve(pageOf([1]))
    await first
    expect(query.page.value?.items).toEqual([{ id: 2 }])
    expect(query.loading.value).toBe(false)
  })
})
