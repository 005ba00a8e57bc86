import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

// What imported rosters leave for staff to check (名册核查). See docs/api.md "Roster import".

/** A stored ID or account number that looks damaged by Excel. */
export interface NumberSuspect {
  veteranId: number
  name: string
  householdRegionCode: string
  field: 'ID_NUMBER' | 'BANK_ACCOUNT'
  mask: string
  reason: string
}

/** A person whose roster remark (已故, 死亡（2023.05）) waits for staff to check. */
export interface DeathCheck {
  veteranId: number
  name: string
  householdRegionCode: string
  note: string
}

export const importChecksApi = {
  async numberChecks(query: PageQuery): Promise<Page<NumberSuspect>> {
    const { data } = await http.get<Page<NumberSuspect>>('/api/registry/number-checks', {
      params: cleanParams(query),
    })
    return data
  },
  async reviewNumber(
    veteranId: number,
    field: NumberSuspect['field'],
    note: string,
  ): Promise<void> {
    await http.post(`/api/registry/veterans/${veteranId}/number-review`, {
      field,
      note: note || null,
    })
  },
  async deathChecks(query: PageQuery): Promise<Page<DeathCheck>> {
    const { data } = await http.get<Page<DeathCheck>>('/api/registry/death-checks', {
      params: cleanParams(query),
    })
    return data
  },
  async clearDeathCheck(veteranId: number): Promise<void> {
    await http.post(`/api/registry/veterans/${veteranId}/death-check-cleared`)
  },
}
