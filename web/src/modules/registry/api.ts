import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Registry". */
export type Gender = 'MALE' | 'FEMALE'
export type BeneficiaryStatus =
  'ACCEPTED' | 'RECEIVING' | 'SUSPENDED' | 'PAUSED' | 'CANCELLED' | 'TRANSFERRED' | 'DECEASED'
export type DisabilityCause = 'COMBAT' | 'DUTY' | 'ILLNESS'
export type DictionaryKind =
  | 'BENEFICIARY_CATEGORY'
  | 'MILITARY_BRANCH'
  | 'DISCHARGE_TYPE'
  | 'EDUCATION'
  | 'POLITICAL_STATUS'
  | 'RELATIONSHIP'
export type RevealField = 'idNumber' | 'phone' | 'bankAccount'

export interface Veteran {
  id: number
  name: string
  gender: Gender | null
  birthDate: string | null
  idNumberMasked: string | null
  phoneMasked: string | null
  bankName: string | null
  bankAccountMasked: string | null
  householdRegionCode: string
  householdRegionName: string | null
  address: string | null
  education: string | null
  politicalStatus: string | null
  enlistmentDate: string | null
  dischargeDate: string | null
  militaryBranch: string | null
  militaryRank: string | null
  dischargeType: string | null
  serviceUnit: string | null
  hardship: boolean
  namePinyin?: string[]
  nameInitials?: string[]
  categories: string[]
}

/**
 * Create/update body. On update a null idNumber, phone or bankAccount keeps the stored value
 * (the form only had the mask); "" removes a phone or bank account.
 */
export interface VeteranRequest {
  name: string
  idNumber: string | null
  phone: string | null
  bankName: string
  bankAccount: string | null
  householdRegionCode: string
  address: string
  education: string | null
  politicalStatus: string | null
  enlistmentDate: string | null
  dischargeDate: string | null
  militaryBranch: string | null
  militaryRank: string
  dischargeType: string | null
  serviceUnit: string
  hardship: boolean
}

export interface VeteranQuery extends PageQuery {
  q?: string
  idNumber?: string
  phone?: string
  regionCode?: string | null
  category?: string | null
  status?: string | null
  ageFrom?: number | null
  ageTo?: number | null
  /** `name|birthDate|createdAt|regionCode`, optionally `,desc`. */
  sort?: string | null
}

export interface FamilyMember {
  id: number
  veteranId: number
  relationship: string
  name: string
  gender: Gender | null
  birthDate: string | null
  idNumberMasked: string | null
  phoneMasked: string | null
}

export interface FamilyMemberRequest {
  relationship: string
  name: string
  idNumber: string | null
  phone: string | null
}

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
}

export interface BeneficiaryRequest {
  familyMemberId: number | null
  category: string
  disabilityGrade: number | null
  disabilityCause: DisabilityCause | null
  certificateNo: string | null
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

export interface DictionaryItem {
  kind: DictionaryKind
  code: string
  label: string
  sortOrder: number
  builtin: boolean
  active: boolean
}

export const genderLabels: Record<Gender, string> = { MALE: '男', FEMALE: '女' }

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

/** localStorage key of the veteran list's visible columns (see useColumnSettings). */
export const VETERAN_COLUMNS_STORAGE_KEY = 'rongjun.registry.veteran-list.columns'

/** 11-digit mobile or fixed line with area code (empty allowed). */
export const PHONE_PATTERN = /^$|^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/

export const veteranApi = {
  async list(query: VeteranQuery): Promise<Page<Veteran>> {
    const { data } = await http.get<Page<Veteran>>('/api/registry/veterans', {
      params: cleanParams(query),
    })
    return data
  },
  async get(id: number): Promise<Veteran> {
    const { data } = await http.get<Veteran>(`/api/registry/veterans/${id}`)
    return data
  },
  async create(body: VeteranRequest): Promise<Veteran> {
    const { data } = await http.post<Veteran>('/api/registry/veterans', body, { silent: true })
    return data
  },
  async update(id: number, body: VeteranRequest): Promise<Veteran> {
    const { data } = await http.put<Veteran>(`/api/registry/veterans/${id}`, body, {
      silent: true,
    })
    return data
  },
  /** The full number (audited); value null when none is stored. */
  async reveal(id: number, field: RevealField): Promise<string | null> {
    const { data } = await http.post<{ field: string; value: string | null }>(
      `/api/registry/veterans/${id}/reveal`,
      { field },
    )
    return data.value
  },
  /** Where the browser downloads the search result (an attachment), for `<a :href>`. */
  exportUrl(format: 'xlsx' | 'csv', query: VeteranQuery): string {
    const params = new URLSearchParams({ format })
    for (const [key, value] of Object.entries(cleanParams(query))) {
      if (key !== 'page' && key !== 'size') params.append(key, String(value))
    }
    return `/api/registry/veterans/export?${params.toString()}`
  },
}

export const familyApi = {
  async list(veteranId: number): Promise<FamilyMember[]> {
    const { data } = await http.get<FamilyMember[]>(
      `/api/registry/veterans/${veteranId}/family-members`,
    )
    return data
  },
  async create(veteranId: number, body: FamilyMemberRequest): Promise<FamilyMember> {
    const { data } = await http.post<FamilyMember>(
      `/api/registry/veterans/${veteranId}/family-members`,
      body,
      { silent: true },
    )
    return data
  },
  async update(
    veteranId: number,
    memberId: number,
    body: FamilyMemberRequest,
  ): Promise<FamilyMember> {
    const { data } = await http.put<FamilyMember>(
      `/api/registry/veterans/${veteranId}/family-members/${memberId}`,
      body,
      { silent: true },
    )
    return data
  },
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
  async changeStatus(id: number, body: StatusChangeRequest): Promise<Beneficiary> {
    const { data } = await http.post<Beneficiary>(
      `/api/registry/beneficiaries/${id}/status-changes`,
      body,
      { silent: true },
    )
    return data
  },
}

export const dictionaryApi = {
  async list(kind: DictionaryKind, includeInactive = false): Promise<DictionaryItem[]> {
    const { data } = await http.get<DictionaryItem[]>(`/api/registry/dictionaries/${kind}`, {
      params: includeInactive ? { includeInactive: true } : undefined,
      silent: true,
    })
    return data
  },
}

export const importApi = {
  templateUrl(format: 'xlsx' | 'csv'): string {
    return `/api/registry/imports/template?format=${format}`
  },
  /** Multipart upload through the shared http instance (so the CSRF header is sent). */
  async start(file: File): Promise<{ jobId: number }> {
    const body = new FormData()
    body.append('file', file, file.name)
    const { data } = await http.post<{ jobId: number }>('/api/registry/imports', body, {
      silent: true,
    })
    return data
  },
}
