import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Hardship grants". Amounts are integer fen (分) on the wire. */
export type ReviewLevel = 'VILLAGE' | 'TOWNSHIP' | 'COUNTY'
export type GrantStatus =
  'UNDER_REVIEW' | 'RETURNED' | 'APPROVED' | 'REJECTED' | 'PAID' | 'PAYMENT_FAILED'
export type Payout = 'PAYMENT_RUN' | 'OFFLINE'
export type ReviewAction = 'APPROVE' | 'FORWARD' | 'RETURN' | 'REJECT'
export type ReviewOutcome = 'APPROVED' | 'FORWARDED' | 'RETURNED' | 'REJECTED'

export interface ReviewDecision {
  id: number
  round: number
  level: ReviewLevel
  outcome: ReviewOutcome
  amountFen: number | null
  remark: string | null
  decidedBy: string
  decidedAt: string | null
}

export interface GrantPayment {
  paidOn: string | null
  method: string | null
  voucher: string | null
  recordedBy: string | null
  reference: string | null
  failure: string | null
}

export interface HardshipGrant {
  id: number
  veteranId: number
  veteranName: string
  regionCode: string
  regionName: string
  grantType: string
  grantTypeName: string
  requestedFen: number
  recommendedFen: number | null
  approvedFen: number | null
  reason: string
  householdSize: number | null
  payout: Payout
  status: GrantStatus
  currentLevel: ReviewLevel | null
  round: number
  submittedBy: string
  submittedAt: string
  decidedOn: string | null
  payment: GrantPayment | null
  decisions: ReviewDecision[]
}

export interface GrantApplicationRequest {
  veteranId?: number
  grantType: string
  requestedFen: number
  reason: string
  householdSize: number | null
  payout: Payout
}

export interface DecisionRequest {
  action: ReviewAction
  amountFen: number | null
  remark: string | null
}

export interface OfflinePaymentRequest {
  paidOn: string
  method: string
  voucher: string | null
}

export interface LevelSetting {
  level: ReviewLevel
  enabled: boolean
  capFen: number | null
}

export interface ReviewPolicy {
  countyCode: string
  levels: LevelSetting[]
}

export interface GrantType {
  code: string
  name: string
  sortOrder: number
  active: boolean
}

export interface GrantQuery extends PageQuery {
  status?: GrantStatus | null
  mine?: boolean
  q?: string
  veteranId?: number | null
}

export const levelLabels: Record<ReviewLevel, string> = {
  VILLAGE: '村（社区）审核',
  TOWNSHIP: '乡镇（街道）审核',
  COUNTY: '县级审批',
}

export const statusLabels: Record<GrantStatus, string> = {
  UNDER_REVIEW: '审批中',
  RETURNED: '已退回',
  APPROVED: '已批准待发放',
  REJECTED: '已驳回',
  PAID: '已发放',
  PAYMENT_FAILED: '发放失败',
}

export const statusTagTypes: Record<
  GrantStatus,
  'primary' | 'success' | 'warning' | 'danger' | 'info'
> = {
  UNDER_REVIEW: 'primary',
  RETURNED: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  PAID: 'info',
  PAYMENT_FAILED: 'danger',
}

export const outcomeLabels: Record<ReviewOutcome, string> = {
  APPROVED: '批准',
  FORWARDED: '同意并报上级',
  RETURNED: '退回补充',
  REJECTED: '驳回',
}

export const payoutLabels: Record<Payout, string> = {
  PAYMENT_RUN: '随发放批次（银行代发）',
  OFFLINE: '线下发放',
}

export const grantsApi = {
  async list(query: GrantQuery): Promise<Page<HardshipGrant>> {
    const { data } = await http.get<Page<HardshipGrant>>('/api/grants', {
      params: cleanParams(query),
    })
    return data
  },
  async inbox(query: PageQuery): Promise<Page<HardshipGrant>> {
    const { data } = await http.get<Page<HardshipGrant>>('/api/grants/inbox', {
      params: cleanParams(query),
    })
    return data
  },
  async get(id: number): Promise<HardshipGrant> {
    const { data } = await http.get<HardshipGrant>(`/api/grants/${id}`, { silent: true })
    return data
  },
  async apply(body: GrantApplicationRequest): Promise<HardshipGrant> {
    const { data } = await http.post<HardshipGrant>('/api/grants', body, { silent: true })
    return data
  },
  async resubmit(id: number, body: GrantApplicationRequest): Promise<HardshipGrant> {
    const { data } = await http.put<HardshipGrant>(`/api/grants/${id}`, body, { silent: true })
    return data
  },
  async decide(id: number, body: DecisionRequest): Promise<HardshipGrant> {
    const { data } = await http.post<HardshipGrant>(`/api/grants/${id}/decisions`, body, {
      silent: true,
    })
    return data
  },
  async markPaidOffline(id: number, body: OfflinePaymentRequest): Promise<HardshipGrant> {
    const { data } = await http.post<HardshipGrant>(`/api/grants/${id}/offline-payment`, body, {
      silent: true,
    })
    return data
  },
  async types(includeInactive = false): Promise<GrantType[]> {
    const { data } = await http.get<GrantType[]>('/api/grants/types', {
      params: includeInactive ? { includeInactive } : {},
    })
    return data
  },
  async policy(countyCode: string): Promise<ReviewPolicy> {
    const { data } = await http.get<ReviewPolicy>(`/api/grants/policies/${countyCode}`)
    return data
  },
  async changePolicy(countyCode: string, levels: LevelSetting[]): Promise<ReviewPolicy> {
    const { data } = await http.put<ReviewPolicy>(
      `/api/grants/policies/${countyCode}`,
      { levels },
      { silent: true },
    )
    return data
  },
}
