import type { ClockState, PetitionClock } from './api'

/**
 * How a statutory clock is shown: green while it runs, yellow from three working days before its
 * day, red once missed; closed clocks grey (met on time) or orange (met late).
 */
export type ClockColour = 'success' | 'warning' | 'danger' | 'info'

export const clockColours: Record<ClockState, ClockColour> = {
  RUNNING: 'success',
  DUE_SOON: 'warning',
  OVERDUE: 'danger',
  MET: 'info',
  MET_LATE: 'warning',
  CLOSED: 'info',
}

const stateLabels: Record<ClockState, string> = {
  RUNNING: '进行中',
  DUE_SOON: '即将到期',
  OVERDUE: '已逾期',
  MET: '按期完成',
  MET_LATE: '超期完成',
  CLOSED: '已结束',
}

/** Days from `today` to `due` (negative when past), both ISO days. */
export function daysLeft(due: string, today: string): number {
  const ms = Date.parse(due + 'T00:00:00Z') - Date.parse(today + 'T00:00:00Z')
  return Math.round(ms / 86_400_000)
}

/** One line for a clock: "受理告知 · 2026-02-24 前 · 剩 3 天", "办理 · 已逾期 5 天", "按期完成". */
export function clockText(clock: PetitionClock, today: string): string {
  const head = `${clock.label} · ${clock.dueOn}`
  if (clock.metOn) return `${head} · ${stateLabels[clock.state]}（${clock.metOn}）`
  if (clock.state === 'CLOSED') return `${head} · 期限已过`
  const left = daysLeft(clock.dueOn, today)
  if (left < 0) return `${head} · 已逾期 ${-left} 天`
  return `${head} · 剩 ${left} 天`
}

export function clockStateLabel(state: ClockState): string {
  return stateLabels[state]
}

/** Today's day in the browser's calendar, as the date inputs show it. */
export function today(): string {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}
