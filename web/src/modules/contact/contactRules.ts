import type { ContactRecord, CoverageRow, FollowedPerson, Mood } from './api'
import { channelLabels } from './api'

/** The rules of the contact pages, kept out of the views and tested as sentences. */

/** "逾期 3 天", "今天到期", "剩 12 天" from the days left to the due day. */
export function dueText(person: Pick<FollowedPerson, 'daysLeft'>): string {
  if (person.daysLeft < 0) return `逾期 ${-person.daysLeft} 天`
  if (person.daysLeft === 0) return '今天到期'
  return `剩 ${person.daysLeft} 天`
}

/** The tag colour of a due day: red when overdue, amber within the warning week, else green. */
export function dueTagType(
  person: Pick<FollowedPerson, 'daysLeft'>,
): 'danger' | 'warning' | 'success' {
  if (person.daysLeft < 0) return 'danger'
  if (person.daysLeft <= 7) return 'warning'
  return 'success'
}

/** Coverage in per mille → "87.5%". */
export function percent(perMille: number): string {
  return `${(perMille / 10).toFixed(1)}%`
}

/** The coverage of a row as a number for a progress bar (0–100, one decimal). */
export function coverageValue(row: Pick<CoverageRow, 'coveragePerMille'>): number {
  return Math.round(row.coveragePerMille) / 10
}

/** An unsettled mood needs a word on what was heard (the server says so too). */
export function needsSummary(reached: boolean, mood: Mood | null): boolean {
  return reached && mood === 'UNSTABLE'
}

/** How a history entry reads: "电话" / "入户" …, or "走访慰问" for a care visit, "未联系上" for a failed try. */
export function recordTitle(record: Pick<ContactRecord, 'source' | 'channel' | 'reached'>): string {
  const how = record.channel ? channelLabels[record.channel] : ''
  if (record.source === 'CARE_VISIT') return how ? `走访慰问（${how}）` : '走访慰问'
  return record.reached ? how : `${how}（未联系上）`
}

/**
 * The leading digits that name a region's subtree: 2 for a province, 4 a city, 6 a county, 9 a
 * township, 12 a village (the statistical code's levels).
 */
export function regionPrefix(code: string): string {
  for (const length of [2, 4, 6, 9]) {
    if (/^0+$/.test(code.slice(length))) return code.slice(0, length)
  }
  return code
}

/** Whether a liaison whose station is at `stationRegion` serves `region` (it lies in its subtree). */
export function serves(stationRegion: string, region: string): boolean {
  return region.startsWith(regionPrefix(stationRegion))
}
