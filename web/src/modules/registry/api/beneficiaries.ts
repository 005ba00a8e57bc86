import { http } from '@/shared/api/http'

// Beneficiary records (优抚对象), their status and its history. See docs/api.md "Registry".

export type BeneficiaryStatus =
  'ACCEPTED' | 'RECEIVING' | 'SUSPENDED' | 'PAUSED' | 'CANCELLED' | 'TRANSFERRED' | 'DECEASED'

export type DisabilityCause = 'COMBAT' | 'DUTY' | 'ILLNESS'

export interface Beneficiary {
  id: number
  veteranId: number
  familyMemberId: number | null
  personName: string
  category: string
  disabilityGrade: number | null
  disabilityCause: DisabilityCause | null
  certificateNo: string | null
  status: BeneficiaryStatus
  householdType: HouseholdType | null
  lonelyElderly: boolean
}

/** 户籍类别: chooses the standard a beneficiary record is paid by (null = 未登记, standards for both). */
export type HouseholdType = 'URBAN' | 'RURAL'

export const householdTypeLabels: Record<HouseholdType, string> = {
  URBAN: '城镇',
  RURAL: '农村',
}

/** What the payment standard is chosen by besides category, grade and cause. */
export interface PaymentAttributes {
  householdType: HouseholdType | null
  lonelyElderly: boolean
}

export interface BeneficiaryRequest {
  familyMemberId: number | null
  category: string
  disabilityGrade: number | null
  disabilityCause: DisabilityCause | null
  certificateNo: string | null
  householdType: HouseholdType | null
  lonelyElderly: boolean
}

export interface StatusChange {
  id: number
  beneficiaryId: number
  fromStatus: BeneficiaryStatus | null
  toStatus: BeneficiaryStatus
  changedBy: string
  changedAt: string
  reason: string | null
  paidThroughMonth: string | null
}

export interface StatusChangeRequest {
  status: BeneficiaryStatus
  reason: string | null
  paidThroughMonth: string | null
}

export const statusLabels: Record<BeneficiaryStatus, string> = {
  ACCEPTED: '受理',
  RECEIVING: '享受待遇',
  SUSPENDED: '停发',
  PAUSED: '中止',
  CANCELLED: '取消',
  TRANSFERRED: '迁移',
  DECEASED: '去世',
}

export const statusTagTypes: Record<
  BeneficiaryStatus,
  'primary' | 'success' | 'warning' | 'danger' | 'info'
> = {
  ACCEPTED: 'primary',
  RECEIVING: 'success',
  SUSPENDED: 'warning',
  PAUSED: 'warning',
  CANCELLED: 'info',
  TRANSFERRED: 'info',
  DECEASED: 'danger',
}

/** The allowed status moves (docs/api.md); CANCELLED and DECEASED are final. */
export const statusTransitions: Record<BeneficiaryStatus, BeneficiaryStatus[]> = {
  ACCEPTED: ['RECEIVING', 'CANCELLED', 'TRANSFERRED', 'DECEASED'],
  RECEIVING: ['SUSPENDED', 'PAUSED', 'CANCELLED', 'TRANSFERRED', 'DECEASED'],
  SUSPENDED: ['RECEIVING', 'CANCELLED', 'TRANSFERRED', 'DECEASED'],
  PAUSED: ['RECEIVING', 'CANCELLED', 'DECEASED'],
  TRANSFERRED: ['ACCEPTED'],
  CANCELLED: [],
  DECEASED: [],
}

/** Moves that need a reason. */
export const REASON_REQUIRED: BeneficiaryStatus[] = ['SUSPENDED', 'PAUSED', 'CANCELLED']

/** Leaving a paid status by death or transfer asks for 抚恤金已发至月份. */
export function needsPaidThroughMonth(from: BeneficiaryStatus, to: BeneficiaryStatus): boolean {
  return (
    ['RECEIVING', 'SUSPENDED', 'PAUSED'].includes(from) && ['DECEASED', 'TRANSFERRED'].includes(to)
  )
}

export const disabilityCauseLabels: Record<DisabilityCause, string> = {
  COMBAT: '因战',
  DUTY: '因公',
  ILLNESS: '因病',
}

/** Categories of group 1 (11–16, 伤残) carry a disability grade and cause. */
export function isDisabilityCategory(code: string | null | undefined): boolean {
  return !!code && /^1[1-6]$/.test(code)
}

export const beneficiaryApi = {
  async list(veteranId: number): Promise<Beneficiary[]> {
    const { data } = await http.get<Beneficiary[]>(
      `/api/registry/veterans/${veteranId}/beneficiaries`,
    )
    return data
  },
  async create(veteranId: number, body: BeneficiaryRequest): Promise<Beneficiary> {
    const { data } = await http.post<Beneficiary>(
      `/api/registry/veterans/${veteranId}/beneficiaries`,
      body,
      { silent: true },
    )
    return data
  },
  async history(id: number): Promise<StatusChange[]> {
    const { data } = await http.get<StatusChange[]>(
      `/api/registry/beneficiaries/${id}/status-changes`,
    )
    return data
  },
  async updatePaymentAttributes(id: number, body: PaymentAttributes): Promise<Beneficiary> {
    const { data } = await http.put<Beneficiary>(
      `/api/registry/beneficiaries/${id}/payment-attributes`,
      body,
      { silent: true },
    )
    return data
  },
  async changeStatus(id: number, body: StatusChangeRequest): Promise<Beneficiary> {
    const { data } = await http.post<Beneficiary>(
      `/api/registry/beneficiaries/${id}/status-changes`,
      body,
      { silent: true },
    )
    return data
  },
}
