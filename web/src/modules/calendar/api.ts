import { http } from '@/shared/api/http'

/** See docs/api.md "Calendar". */
export type DayKind = 'REST' | 'WORK'

export interface SpecialDay {
  day: string
  kind: DayKind
  name: string
}

export interface YearSummary {
  year: number
  source: string
  publishedOn: string | null
  loadedBy: string
  loadedAt: string
  restDays: number
  workDays: number
}

export interface YearArrangement {
  year: number
  source: string
  publishedOn: string | null
  loadedBy: string
  loadedAt: string
  days: SpecialDay[]
}

export interface Deadline {
  due: string
  provisional: boolean
  missingYears: number[]
}

export const calendarApi = {
  async years(): Promise<YearSummary[]> {
    return (await http.get<YearSummary[]>('/api/calendar/years')).data
  },
  async year(year: number): Promise<YearArrangement> {
    return (await http.get<YearArrangement>(`/api/calendar/years/${year}`)).data
  },
  async save(
    year: number,
    body: { source: string; publishedOn: string | null; days: SpecialDay[] },
  ): Promise<YearArrangement> {
    return (await http.put<YearArrangement>(`/api/calendar/years/${year}`, body, { silent: true }))
      .data
  },
  async importFile(
    year: number,
    file: File,
    source: string,
    publishedOn: string | null,
  ): Promise<YearArrangement> {
    const form = new FormData()
    form.append('file', file)
    const params: Record<string, string> = { source }
    if (publishedOn) params.publishedOn = publishedOn
    return (
      await http.post<YearArrangement>(`/api/calendar/years/${year}/import`, form, {
        params,
        silent: true,
      })
    ).data
  },
  async remove(year: number): Promise<void> {
    await http.delete(`/api/calendar/years/${year}`)
  },
  async deadline(start: string, length: number, unit: 'DAYS' | 'WORKING_DAYS'): Promise<Deadline> {
    return (await http.get<Deadline>('/api/calendar/deadline', { params: { start, length, unit } }))
      .data
  },
}

/**
 * Rows typed in the year form (a holiday with its rest range and make-up days) as the list of
 * special days the API takes. `workDays` is a comma- or space-separated list of dates.
 */
export interface HolidayRow {
  name: string
  restFrom: string
  restTo: string
  workDays: string
}

export function toSpecialDays(rows: HolidayRow[]): SpecialDay[] {
  const days: SpecialDay[] = []
  for (const row of rows) {
    const name = row.name.trim()
    if (row.restFrom) {
      const end = row.restTo || row.restFrom
      for (let d = row.restFrom; d <= end; d = nextDay(d)) {
        days.push({ day: d, kind: 'REST', name })
      }
    }
    for (const work of row.workDays.split(/[\s,，、]+/).filter(Boolean)) {
      days.push({ day: work, kind: 'WORK', name })
    }
  }
  return days
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  const next = new Date(Date.UTC(y!, m! - 1, d! + 1))
  return next.toISOString().slice(0, 10)
}
