import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Risk (矛盾隐患排查)". */
export type RiskLevel = 'MAJOR' | 'SIGNIFICANT' | 'GENERAL'
export type RiskCategory =
  | 'LIVING_HARDSHIP'
  | 'BENEFIT_CLAIM'
  | 'PSYCHOLOGICAL'
  | 'FAMILY_CONFLICT'
  | 'LEGAL_DISPUTE'
  | 'OTHER'
export type Escalation = 'VILLAGE' | 'TOWNSHIP' | 'COUNTY'
export type RiskStatus = 'OPEN' | 'RESOLVED'
export type WarningStatus = 'NEW' | 'ACCEPTED' | 'DISMISSED'

export const levelLabels: Record<RiskLevel, string> = {
  MAJOR: '重大',
  SIGNIFICANT: '较大',
  GENERAL: '一般',
}
export const levelTagTypes: Record<RiskLevel, 'danger' | 'warning' | 'info'> = {
  MAJOR: 'danger',
  SIGNIFICANT: 'warning',
  GENERAL: 'info',
}
export const categoryLabels: Record<RiskCategory, string> = {
  LIVING_HARDSHIP: '生活困难',
  BENEFIT_CLAIM: '待遇诉求',
  PSYCHOLOGICAL: '心理问题',
  FAMILY_CONFLICT: '家庭矛盾',
  LEGAL_DISPUTE: '涉法涉诉',
  OTHER: '其他',
}
export const escalationLabels: Record<Escalation, string> = {
  VILLAGE: '村（社区）',
  TOWNSHIP: '乡镇（街道）',
  COUNTY: '县级',
}
export const warningStatusLabels: Record<WarningStatus, string> = {
  NEW: '待研判',
  ACCEPTED: '已转为隐患',
  DISMISSED: '已排除',
}
export const stepKindLabels: Record<RiskStep['kind'], string> = {
  CREATED: '登记',
  STEP: '措施',
  ESCALATED: '上报',
  RESOLVED: '化解',
}

export interface RiskStep {
  id: number
  kind: 'CREATED' | 'STEP' | 'ESCALATED' | 'RESOLVED'
  takenOn: string
  note: string
  takenBy: string
}

export interface RiskItem {
  id: number
  veteranId: number
  personName: string
  regionCode: string
  regionName: string
  level: RiskLevel
  category: RiskCategory
  description: string
  owner: string
  deadline: string
  status: RiskStatus
  escalation: Escalation
  overdue: boolean
  source: 'SCREENING' | 'WARNING' | 'MANUAL'
  sourceRef: number | null
  resolution: string | null
  resolvedOn: string | null
  resolvedBy: string | null
  createdBy: string
  steps: RiskStep[]
}

export interface RiskDraft {
  level: RiskLevel
  category: RiskCategory
  description: string
  owner: string
  deadline: string
}

export interface Warning {
  id: number
  kind: string
  kindLabel: string
  veteranId: number
  personName: string
  regionCode: string
  regionName: string
  detail: string
  occurredOn: string
  status: WarningStatus
  decidedBy: string | null
  decidedAt: string | null
  dismissReason: string | null
  riskItemId: number | null
}

export interface ScreeningRound {
  id: number
  name: string
  regionCode: string
  regionName: string
  period: string
  dueOn: string
  status: 'OPEN' | 'CLOSED'
  people: number
  done: number
  risksFound: number
  createdBy: string
}

export interface ScreeningItem {
  id: number
  roundId: number
  veteranId: number
  personName: string
  regionCode: string
  regionName: string
  status: 'PENDING' | 'DONE'
  findings: RiskCategory[]
  note: string | null
  checkedOn: string | null
  checkedBy: string | null
}

export interface RiskQuery extends PageQuery {
  status?: RiskStatus | null
  level?: RiskLevel | null
  escalation?: Escalation | null
  overdue?: boolean | null
  regionCode?: string | null
}

export const riskApi = {
  async items(query: RiskQuery): Promise<Page<RiskItem>> {
    const { data } = await http.get<Page<RiskItem>>('/api/risk/items', {
      params: cleanParams(query),
    })
    return data
  },
  async item(id: number): Promise<RiskItem> {
    const { data } = await http.get<RiskItem>(`/api/risk/items/${id}`)
    return data
  },
  async create(veteranId: number, risk: RiskDraft): Promise<RiskItem> {
    const { data } = await http.post<RiskItem>(
      '/api/risk/items',
      { veteranId, risk },
      { silent: true },
    )
    return data
  },
  async step(id: number, note: string): Promise<RiskItem> {
    const { data } = await http.post<RiskItem>(`/api/risk/items/${id}/steps`, { note })
    return data
  },
  async escalate(id: number, reason: string): Promise<RiskItem> {
    const { data } = await http.post<RiskItem>(`/api/risk/items/${id}/escalation`, { reason })
    return data
  },
  async resolve(id: number, resolution: string): Promise<RiskItem> {
    const { data } = await http.post<RiskItem>(`/api/risk/items/${id}/resolution`, { resolution })
    return data
  },
  async warnings(
    query: {
      status?: WarningStatus | null
      kind?: string | null
      regionCode?: string | null
    } & PageQuery,
  ): Promise<Page<Warning>> {
    const { data } = await http.get<Page<Warning>>('/api/risk/warnings', {
      params: cleanParams(query),
    })
    return data
  },
  async warningKinds(): Promise<Record<string, string>> {
    const { data } = await http.get<Record<string, string>>('/api/risk/warnings/kinds')
    return data
  },
  async accept(id: number, risk: RiskDraft): Promise<RiskItem> {
    const { data } = await http.post<RiskItem>(`/api/risk/warnings/${id}/acceptance`, risk, {
      silent: true,
    })
    return data
  },
  async dismiss(id: number, reason: string): Promise<Warning> {
    const { data } = await http.post<Warning>(`/api/risk/warnings/${id}/dismissal`, { reason })
    return data
  },
  async rounds(paging: PageQuery): Promise<Page<ScreeningRound>> {
    const { data } = await http.get<Page<ScreeningRound>>('/api/risk/screenings', {
      params: cleanParams(paging),
    })
    return data
  },
  async round(id: number): Promise<ScreeningRound> {
    const { data } = await http.get<ScreeningRound>(`/api/risk/screenings/${id}`)
    return data
  },
  async openRound(body: {
    name: string
    regionCode: string
    period: string
    dueOn: string
  }): Promise<ScreeningRound> {
    const { data } = await http.post<ScreeningRound>('/api/risk/screenings', body, { silent: true })
    return data
  },
  async closeRound(id: number): Promise<ScreeningRound> {
    const { data } = await http.post<ScreeningRound>(`/api/risk/screenings/${id}/closure`)
    return data
  },
  async checklist(
    id: number,
    query: { status?: 'PENDING' | 'DONE' | null } & PageQuery,
  ): Promise<Page<ScreeningItem>> {
    const { data } = await http.get<Page<ScreeningItem>>(`/api/risk/screenings/${id}/items`, {
      params: cleanParams(query),
    })
    return data
  },
  async check(
    roundId: number,
    itemId: number,
    body: { findings: RiskDraft[]; note: string },
  ): Promise<ScreeningItem> {
    const { data } = await http.post<ScreeningItem>(
      `/api/risk/screenings/${roundId}/items/${itemId}/check`,
      body,
      { silent: true },
    )
    return data
  },
}

/** The suggested deadline for a new risk: 7 days for a major one, 15 for a significant, 30 else. */
export function suggestedDays(level: RiskLevel): number {
  return level === 'MAJOR' ? 7 : level === 'SIGNIFICANT' ? 15 : 30
}
