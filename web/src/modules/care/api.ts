import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Care (走访慰问)". Money is in fen (分) on the wire. */
export type TargetGroup = 'RETIRED_OFFICER' | 'HARDSHIP_VETERAN' | 'KEY_BENEFICIARY'
export type VisitKind = 'CONTACT' | 'HOME_VISIT'
export type CountdownColour = 'GREEN' | 'YELLOW' | 'RED'
export type ProblemStatus = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED'
export type GarrisonUnitKind = 'PLA' | 'ARMED_POLICE' | 'FIRE_RESCUE'
export type CampaignKind = 'SPRING_FESTIVAL' | 'ARMY_DAY'
export type CampaignTargetType =
  'KEY_BENEFICIARY' | 'HARDSHIP_VETERAN' | 'RETIRED_OFFICER' | 'GARRISON_UNIT'
export type CampaignStatus = 'OPEN' | 'CLOSED'

export const targetGroupLabels: Record<TargetGroup, string> = {
  RETIRED_OFFICER: '军休干部',
  HARDSHIP_VETERAN: '困难退役军人',
  KEY_BENEFICIARY: '重点优抚对象',
}
export const visitKindLabels: Record<VisitKind, string> = {
  CONTACT: '联系（电话/面谈）',
  HOME_VISIT: '入户走访',
}
export const colourLabels: Record<CountdownColour, string> = {
  GREEN: '正常',
  YELLOW: '即将到期',
  RED: '已逾期',
}
export const colourTagTypes: Record<CountdownColour, 'success' | 'warning' | 'danger'> = {
  GREEN: 'success',
  YELLOW: 'warning',
  RED: 'danger',
}
export const problemStatusLabels: Record<ProblemStatus, string> = {
  OPEN: '待办理',
  IN_PROGRESS: '办理中',
  RESOLVED: '已办结',
}
export const garrisonKindLabels: Record<GarrisonUnitKind, string> = {
  PLA: '解放军部队',
  ARMED_POLICE: '武警部队',
  FIRE_RESCUE: '消防救援队伍',
}
export const campaignKindLabels: Record<CampaignKind, string> = {
  SPRING_FESTIVAL: '春节',
  ARMY_DAY: '八一建军节',
}
export const targetTypeLabels: Record<CampaignTargetType, string> = {
  KEY_BENEFICIARY: '重点优抚对象',
  HARDSHIP_VETERAN: '困难退役军人',
  RETIRED_OFFICER: '军休干部',
  GARRISON_UNIT: '驻地部队',
}

/** Yuan typed in a form (up to 2 decimals) → fen, exactly (no floating-point drift). */
export function toFen(value: number | null | undefined): number {
  if (value === null || value === undefined || Number.isNaN(value)) return 0
  return Math.round(value * 100)
}

export interface VisitPlan {
  id: number
  name: string
  targetGroup: TargetGroup
  categories: string[]
  visitKind: VisitKind
  intervalMonths: number
  warnDays: number
  regionCode: string
  regionName: string
  startsOn: string
  active: boolean
  targets: number
  createdBy: string
}

export interface VisitPlanRequest {
  name: string
  targetGroup: TargetGroup
  categories: string[]
  visitKind: VisitKind
  intervalMonths: number
  warnDays: number
  regionCode: string
  startsOn: string | null
  active: boolean
}

export interface CountdownEntry {
  planId: number
  planName: string
  visitKind: VisitKind
  veteranId: number
  personName: string
  regionCode: string
  regionName: string
  lastDoneOn: string | null
  nextDueOn: string
  daysLeft: number
  colour: CountdownColour
}

export interface RegionCountdown {
  regionCode: string
  regionName: string
  total: number
  green: number
  yellow: number
  red: number
}

export interface CountdownQuery extends PageQuery {
  regionCode?: string | null
  planId?: number | null
  colour?: CountdownColour | null
}

/** Where a problem was heard: on a visit, or on a contact recorded by the contact module. */
export type ProblemSource = 'VISIT' | 'CONTACT'
export const problemSourceLabels: Record<ProblemSource, string> = {
  VISIT: '走访慰问',
  CONTACT: '常态化联系',
}

export interface Problem {
  id: number
  source: ProblemSource
  visitId: number | null
  contactRecordId: number | null
  veteranId: number | null
  subjectName: string
  regionCode: string
  regionName: string
  raisedOn: string
  description: string
  assignee: string
  deadline: string
  status: ProblemStatus
  overdue: boolean
  closingNote: string | null
  resolvedOn: string | null
  resolvedBy: string | null
  createdBy: string
}

export interface ProblemRequest {
  description: string
  assignee: string
  deadline: string
}

export interface Visit {
  id: number
  veteranId: number | null
  garrisonUnitId: number | null
  subjectName: string
  regionCode: string
  regionName: string
  kind: VisitKind
  visitedOn: string
  visitors: string
  location: string | null
  gifts: string | null
  giftValueFen: number
  fundsFen: number
  opinions: string | null
  createdBy: string
  problems: Problem[]
}

export interface VisitRequest {
  veteranId: number | null
  garrisonUnitId: number | null
  kind: VisitKind
  visitedOn: string
  visitors: string
  location: string
  gifts: string
  giftValueFen: number
  fundsFen: number
  opinions: string
  problems: ProblemRequest[]
}

export interface ProblemQuery extends PageQuery {
  status?: ProblemStatus | null
  overdue?: boolean | null
  assignee?: string
  regionCode?: string | null
}

export interface GarrisonUnit {
  id: number
  name: string
  kind: GarrisonUnitKind
  regionCode: string
  regionName: string
  address: string | null
  contactName: string | null
  contactPhone: string | null
  headcount: number | null
  active: boolean
}

export interface GarrisonUnitRequest {
  name: string
  kind: GarrisonUnitKind
  regionCode: string
  address: string
  contactName: string
  contactPhone: string
  headcount: number | null
  active: boolean
}

export interface CampaignStandard {
  targetType: CampaignTargetType
  amountFen: number
}

export interface ConsolationCampaign {
  id: number
  kind: CampaignKind
  year: number
  name: string
  regionCode: string
  regionName: string
  startsOn: string
  endsOn: string
  budgetFen: number
  categories: string[]
  standards: CampaignStandard[]
  status: CampaignStatus
  targets: number
  completed: number
  plannedFen: number
  spentFen: number
  createdBy: string
}

/**
 * What a campaign's dates and status mean today: an open campaign past its end date is not
 * 进行中 any more but waits for someone to close it (late completions are still recorded).
 */
export function campaignPhase(
  campaign: Pick<ConsolationCampaign, 'status' | 'startsOn' | 'endsOn'>,
  today: string,
): { label: string; type: 'success' | 'info' | 'warning' } {
  if (campaign.status !== 'OPEN') return { label: '已结束', type: 'info' }
  if (today < campaign.startsOn) return { label: '未开始', type: 'info' }
  if (today > campaign.endsOn) return { label: '已过结束日期，待结束', type: 'warning' }
  return { label: '进行中', type: 'success' }
}

export interface CampaignRequest {
  kind: CampaignKind
  year: number
  name: string
  regionCode: string
  startsOn: string
  endsOn: string
  budgetFen: number
  categories: string[]
  standards: CampaignStandard[]
}

export interface CampaignTarget {
  id: number
  campaignId: number
  targetType: CampaignTargetType
  veteranId: number | null
  garrisonUnitId: number | null
  subjectName: string
  regionCode: string
  regionName: string
  standardFen: number
  completedOn: string | null
  completedBy: string | null
  spentFen: number | null
  note: string | null
}

export interface RollupRow {
  key: string
  label: string
  targets: number
  completed: number
  plannedFen: number
  spentFen: number
}

export interface CampaignRollup {
  campaignId: number
  budgetFen: number
  total: RollupRow
  byRegion: RollupRow[]
  byType: RollupRow[]
}

export interface CompletionRequest {
  completedOn: string
  spentFen: number | null
  note: string
}

export interface TargetQuery extends PageQuery {
  regionCode?: string | null
  completed?: boolean | null
  type?: CampaignTargetType | null
  q?: string
}

export const planApi = {
  async list(): Promise<VisitPlan[]> {
    const { data } = await http.get<VisitPlan[]>('/api/care/plans')
    return data
  },
  async create(body: VisitPlanRequest): Promise<VisitPlan> {
    const { data } = await http.post<VisitPlan>('/api/care/plans', body, { silent: true })
    return data
  },
  async update(id: number, body: VisitPlanRequest): Promise<VisitPlan> {
    const { data } = await http.put<VisitPlan>(`/api/care/plans/${id}`, body, { silent: true })
    return data
  },
  async refresh(id: number): Promise<VisitPlan> {
    const { data } = await http.post<VisitPlan>(`/api/care/plans/${id}/refresh`)
    return data
  },
  async countdown(query: CountdownQuery): Promise<Page<CountdownEntry>> {
    const { data } = await http.get<Page<CountdownEntry>>('/api/care/countdown', {
      params: cleanParams(query),
    })
    return data
  },
  async summary(query: { regionCode?: string | null; planId?: number | null }) {
    const { data } = await http.get<RegionCountdown[]>('/api/care/countdown/summary', {
      params: cleanParams(query),
    })
    return data
  },
}

export const visitApi = {
  async record(body: VisitRequest): Promise<Visit> {
    const { data } = await http.post<Visit>('/api/care/visits', body, { silent: true })
    return data
  },
  async list(
    query: PageQuery & { regionCode?: string | null; from?: string | null; to?: string | null },
  ): Promise<Page<Visit>> {
    const { data } = await http.get<Page<Visit>>('/api/care/visits', {
      params: cleanParams(query),
    })
    return data
  },
}

export const problemApi = {
  async list(query: ProblemQuery): Promise<Page<Problem>> {
    const { data } = await http.get<Page<Problem>>('/api/care/problems', {
      params: cleanParams(query),
    })
    return data
  },
  async start(id: number): Promise<Problem> {
    const { data } = await http.post<Problem>(`/api/care/problems/${id}/start`, {})
    return data
  },
  async resolve(id: number, closingNote: string): Promise<Problem> {
    const { data } = await http.post<Problem>(
      `/api/care/problems/${id}/resolution`,
      { closingNote },
      { silent: true },
    )
    return data
  },
  async reassign(id: number, body: { assignee: string; deadline: string }): Promise<Problem> {
    const { data } = await http.put<Problem>(`/api/care/problems/${id}/assignment`, body, {
      silent: true,
    })
    return data
  },
}

export const garrisonApi = {
  async list(query: PageQuery & { name?: string; active?: boolean | null }) {
    const { data } = await http.get<Page<GarrisonUnit>>('/api/care/garrison-units', {
      params: cleanParams(query),
    })
    return data
  },
  async create(body: GarrisonUnitRequest): Promise<GarrisonUnit> {
    const { data } = await http.post<GarrisonUnit>('/api/care/garrison-units', body, {
      silent: true,
    })
    return data
  },
  async update(id: number, body: GarrisonUnitRequest): Promise<GarrisonUnit> {
    const { data } = await http.put<GarrisonUnit>(`/api/care/garrison-units/${id}`, body, {
      silent: true,
    })
    return data
  },
}

export const consolationApi = {
  async list(query: PageQuery): Promise<Page<ConsolationCampaign>> {
    const { data } = await http.get<Page<ConsolationCampaign>>('/api/care/campaigns', {
      params: cleanParams(query),
    })
    return data
  },
  async get(id: number): Promise<ConsolationCampaign> {
    const { data } = await http.get<ConsolationCampaign>(`/api/care/campaigns/${id}`)
    return data
  },
  async create(body: CampaignRequest): Promise<ConsolationCampaign> {
    const { data } = await http.post<ConsolationCampaign>('/api/care/campaigns', body, {
      silent: true,
    })
    return data
  },
  async close(id: number): Promise<ConsolationCampaign> {
    const { data } = await http.post<ConsolationCampaign>(`/api/care/campaigns/${id}/close`, {})
    return data
  },
  async rollup(id: number, regionCode?: string | null): Promise<CampaignRollup> {
    const { data } = await http.get<CampaignRollup>(`/api/care/campaigns/${id}/rollup`, {
      params: cleanParams({ regionCode }),
    })
    return data
  },
  async targets(id: number, query: TargetQuery): Promise<Page<CampaignTarget>> {
    const { data } = await http.get<Page<CampaignTarget>>(`/api/care/campaigns/${id}/targets`, {
      params: cleanParams(query),
    })
    return data
  },
  async complete(id: number, targetId: number, body: CompletionRequest): Promise<CampaignTarget> {
    const { data } = await http.post<CampaignTarget>(
      `/api/care/campaigns/${id}/targets/${targetId}/completion`,
      body,
      { silent: true },
    )
    return data
  },
}

/** People to visit, found through the registry's search (name, pinyin or initials). */
export interface PersonOption {
  id: number
  name: string
  householdRegionName: string | null
}

export async function searchPeople(q: string): Promise<PersonOption[]> {
  const { data } = await http.get<Page<PersonOption>>('/api/registry/veterans', {
    params: cleanParams({ q: q.trim(), size: 20 }),
  })
  return data.items
}
