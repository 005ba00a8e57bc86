/**
 * Calendar dates as the API carries them, `YYYY-MM-DD`, in the browser's time zone (the bureau's
 * staff work in Asia/Shanghai; the server checks every date again against its own clock).
 */

/** A date as `YYYY-MM-DD` (its local calendar day). */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** Today as `YYYY-MM-DD`, for date defaults and "not in the future" checks. */
export function today(): string {
  return isoDate(new Date())
}

/** `YYYY-MM-DD` plus some days (across months and years; negative goes back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00`)
  d.setDate(d.getDate() + days)
  return isoDate(d)
}
