import type { RegionOnTime } from './api'

/** The on-time figures summed over rows (all regions and months shown). */
export interface OnTimeTotals {
  due: number
  paidOnTime: number
  paidLate: number
  failed: number
  outstanding: number
}

export function onTimeTotals(rows: RegionOnTime[]): OnTimeTotals {
  const totals: OnTimeTotals = { due: 0, paidOnTime: 0, paidLate: 0, failed: 0, outstanding: 0 }
  for (const r of rows) {
    totals.due += r.due
    totals.paidOnTime += r.paidOnTime
    totals.paidLate += r.paidLate
    totals.failed += r.failed
    totals.outstanding += r.outstanding
  }
  return totals
}

/** Paid on time in per cent of due, one decimal; null when nothing was due. */
export function onTimeRate(figures: { due: number; paidOnTime: number }): number | null {
  if (figures.due <= 0) return null
  return Math.round((figures.paidOnTime * 1000) / figures.due) / 10
}

/** One row per region with its months summed, best on-time rate last (worst first). */
export function byRegion(
  rows: RegionOnTime[],
): (OnTimeTotals & { regionCode: string; regionName: string })[] {
  const map = new Map<string, OnTimeTotals & { regionCode: string; regionName: string }>()
  for (const r of rows) {
    let entry = map.get(r.regionCode)
    if (!entry) {
      entry = { regionCode: r.regionCode, regionName: r.regionName, ...onTimeTotals([]) }
      map.set(r.regionCode, entry)
    }
    entry.due += r.due
    entry.paidOnTime += r.paidOnTime
    entry.paidLate += r.paidLate
    entry.failed += r.failed
    entry.outstanding += r.outstanding
  }
  return [...map.values()].sort(
    (a, b) =>
      (onTimeRate(a) ?? 101) - (onTimeRate(b) ?? 101) || a.regionCode.localeCompare(b.regionCode),
  )
}

/** The month `n` months before `ym` (`YYYY-MM`). */
export function monthsBefore(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}
