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
  | 'ETHNICITY'
  | 'VETERAN_TYPE'
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
  /** `1985-03-01`, or `1985-03` when only the month is known (a roster's 入伍年月). */
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
  /** Null until a death is reported (see the life events below). */
  deathDate?: string | null
  deathSource?: string | null
  /** 民族 and 人员类别 (dictionary codes), 现居住地址 with its region when known, 备注. */
  ethnicity?: string | null
  veteranType?: string | null
  currentAddress?: string | null
  residenceRegionCode?: string | null
  remark?: string | null
  /** Set while a roster remark such as 已故 waits for staff to check it. */
  deathCheckNote?: string | null
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
  ethnicity: string | null
  veteranType: string | null
  currentAddress: string
  residenceRegionCode: string | null
  remark: string
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
  deathDate?: string | null
  deathSource?: string | null
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

// ---- Life events: death, transfer, age reminders, annual confirmation (docs/api.md) ----

/** How the bureau learned of a death (sent as the text, ≤ 50 characters). */
export const DEATH_SOURCES = ['公安户籍注销', '家属报告', '医院证明', '其他'] as const

export interface DeathReportRequest {
  date: string
  source: string
  remark: string | null
  /** 抚恤金已发至月份 "2026-03"; the death month when null. */
  paidThroughMonth: string | null
}

export type TransferStatus = 'PENDING' | 'APPROVED' | 'REJECTED'
export type TransferDirection = 'incoming' | 'outgoing'

export const transferStatusLabels: Record<TransferStatus, string> = {
  PENDING: '待审批',
  APPROVED: '已批准',
  REJECTED: '已驳回',
}

export const transferStatusTagTypes: Record<TransferStatus, 'warning' | 'success' | 'info'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'info',
}

export interface TransferRequest {
  id: number
  veteranId: number
  veteranName: string
  fromRegionCode: string
  fromRegionName: string | null
  toRegionCode: string
  toRegionName: string | null
  reason: string | null
  status: TransferStatus
  requestedBy: string | null
  requestedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  decidedOn: string | null
  decisionReason: string | null
  paymentCutOver: { oldCountyPaysThrough: string; newCountyPaysFrom: string } | null
}

export interface TransferCreateRequest {
  toRegionCode: string
  reason: string
}

export interface TransferQuery extends PageQuery {
  direction: TransferDirection
  status?: TransferStatus | null
}

export type ReminderKind = 'SURVIVOR_CHILD_18' | 'SURVIVOR_CHILD_22' | 'VETERAN_60' | 'VETERAN_55'
export type PersonType = 'VETERAN' | 'FAMILY_MEMBER'

/** 到龄提醒 kinds (CAM INFORMATIONCUE.TYPE 01–04). */
export const reminderKindLabels: Record<ReminderKind, string> = {
  SURVIVOR_CHILD_18: '年满18周岁三属',
  SURVIVOR_CHILD_22: '年满22周岁三属',
  VETERAN_60: '年满60周岁退役老兵',
  VETERAN_55: '年满55周岁退役老兵',
}

export interface Reminder {
  kind: ReminderKind
  camCode: string
  label: string | null
  personType: PersonType
  personId: number
  veteranId: number
  name: string
  birthDate: string | null
  regionCode: string | null
  thresholdDate: string
  /** Negative once the threshold birthday has passed. */
  daysLeft: number
}

export interface ReminderQuery extends PageQuery {
  kind?: ReminderKind | null
  /** Look-ahead window, 0–366 (default 60). */
  days?: number | null
}

export interface ReminderHandledRequest {
  kind: ReminderKind
  personType: PersonType
  personId: number
  note: string | null
}

export type ConfirmationStatus = 'PENDING' | 'CONFIRMED' | 'OVERDUE'
export type ConfirmationMethod = 'ON_SITE' | 'HOME_VISIT' | 'REMOTE'

export const confirmationStatusLabels: Record<ConfirmationStatus, string> = {
  PENDING: '待确认',
  CONFIRMED: '已确认',
  OVERDUE: '逾期未确认',
}

export const confirmationStatusTagTypes: Record<
  ConfirmationStatus,
  'warning' | 'success' | 'danger'
> = {
  PENDING: 'warning',
  CONFIRMED: 'success',
  OVERDUE: 'danger',
}

export const confirmationMethodLabels: Record<ConfirmationMethod, string> = {
  ON_SITE: '现场',
  HOME_VISIT: '入户',
  REMOTE: '远程',
}

export interface ConfirmationCampaign {
  id: number
  year: number
  name: string
  regionCode: string
  regionName: string | null
  deadline: string
  createdBy: string | null
  createdAt: string | null
  total: number
  confirmed: number
  unconfirmed: number
  overdue: number
}

export interface ConfirmationCampaignRequest {
  year: number
  name: string
  regionCode: string
  deadline: string
}

export interface ConfirmationItem {
  id: number
  campaignId: number
  deadline: string
  veteranId: number
  familyMemberId: number | null
  personName: string
  regionCode: string | null
  categories: string[]
  status: ConfirmationStatus
  method: ConfirmationMethod | null
  confirmedOn: string | null
  remark: string | null
  confirmedBy: string | null
}

export interface ConfirmationRequest {
  method: ConfirmationMethod
  date: string
  remark: string | null
}

export const lifeEventApi = {
  async reportDeath(veteranId: number, body: DeathReportRequest): Promise<Veteran> {
    const { data } = await http.post<Veteran>(`/api/registry/veterans/${veteranId}/death`, body, {
      silent: true,
    })
    return data
  },
}

export const transferApi = {
  async create(veteranId: number, body: TransferCreateRequest): Promise<TransferRequest> {
    const { data } = await http.post<TransferRequest>(
      `/api/registry/veterans/${veteranId}/transfers`,
      body,
      { silent: true },
    )
    return data
  },
  async list(query: TransferQuery): Promise<Page<TransferRequest>> {
    const { data } = await http.get<Page<TransferRequest>>('/api/registry/transfers', {
      params: cleanParams(query),
    })
    return data
  },
  async approve(id: number): Promise<TransferRequest> {
    const { data } = await http.post<TransferRequest>(`/api/registry/transfers/${id}/approval`)
    return data
  },
  async reject(id: number, reason: string): Promise<TransferRequest> {
    const { data } = await http.post<TransferRequest>(
      `/api/registry/transfers/${id}/rejection`,
      { reason },
      { silent: true },
    )
    return data
  },
}

export const reminderApi = {
  async list(query: ReminderQuery): Promise<Page<Reminder>> {
    const { data } = await http.get<Page<Reminder>>('/api/registry/reminders', {
      params: cleanParams(query),
    })
    return data
  },
  async markHandled(body: ReminderHandledRequest): Promise<void> {
    await http.post('/api/registry/reminders/handled', body, { silent: true })
  },
}

export const campaignApi = {
  async create(body: ConfirmationCampaignRequest): Promise<ConfirmationCampaign> {
    const { data } = await http.post<ConfirmationCampaign>(
      '/api/registry/confirmation-campaigns',
      body,
      { silent: true },
    )
    return data
  },
  async list(query: PageQuery): Promise<Page<ConfirmationCampaign>> {
    const { data } = await http.get<Page<ConfirmationCampaign>>(
      '/api/registry/confirmation-campaigns',
      { params: cleanParams(query) },
    )
    return data
  },
  async get(id: number): Promise<ConfirmationCampaign> {
    const { data } = await http.get<ConfirmationCampaign>(
      `/api/registry/confirmation-campaigns/${id}`,
    )
    return data
  },
  async items(
    id: number,
    query: PageQuery & { status?: ConfirmationStatus | null },
  ): Promise<Page<ConfirmationItem>> {
    const { data } = await http.get<Page<ConfirmationItem>>(
      `/api/registry/confirmation-campaigns/${id}/items`,
      { params: cleanParams(query) },
    )
    return data
  },
  async confirm(
    campaignId: number,
    itemId: number,
    body: ConfirmationRequest,
  ): Promise<ConfirmationItem> {
    const { data } = await http.post<ConfirmationItem>(
      `/api/registry/confirmation-campaigns/${campaignId}/items/${itemId}/confirmation`,
      body,
      { silent: true },
    )
    return data
  },
}

/** Today as `YYYY-MM-DD` (local time), for date defaults and "not in the future" checks. */
export function today(): string {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

// Duplicate person files (重复档案) and their merge.
export type DuplicateReason = 'SAME_NAME_AND_BIRTH_DATE' | 'FAMILY_MEMBER_HAS_OWN_FILE'

export const duplicateReasonLabels: Record<DuplicateReason, string> = {
  SAME_NAME_AND_BIRTH_DATE: '姓名、出生日期相同',
  FAMILY_MEMBER_HAS_OWN_FILE: '家庭成员另有档案',
}

export interface PersonFile {
  id: number
  name: string
  birthDate: string
  idNumberMasked: string
  regionCode: string
  regionName: string
}

export interface DuplicateCandidate {
  /** Client-side row key. */
  key: string
  reason: DuplicateReason
  first: PersonFile
  /** Null when the other file lies outside the caller's scope (`elsewhere`). */
  second: PersonFile | null
  familyMemberId: number | null
  familyMemberName: string | null
  elsewhere: boolean
}

export interface FieldDifference {
  field: string
  label: string
  survivorValue: string | null
  mergedValue: string | null
  same: boolean
}

export interface FileCounts {
  familyMembers: number
  beneficiaries: number
  transferRequests: number
  confirmationItems: number
}

export interface FileComparison {
  survivor: Veteran
  merged: Veteran
  fields: FieldDifference[]
  survivorCounts: FileCounts
  mergedCounts: FileCounts
}

export interface MergeRequest {
  survivorId: number
  mergedId: number
  fieldsFromMerged: string[]
}

export interface VeteranMerge {
  id: number
  survivorId: number
  mergedId: number
  fieldsFromMerged: string[]
  moved: Record<string, number[]>
  dropped: Record<string, number[]>
  mergedBy: string
  mergedAt: string
}

export const mergeApi = {
  async candidates(query: PageQuery): Promise<Page<DuplicateCandidate>> {
    const { data } = await http.get<Page<DuplicateCandidate>>('/api/registry/duplicates', {
      params: cleanParams(query),
    })
    for (const c of data.items) {
      c.key = `${c.reason}-${c.first.id}-${c.second?.id ?? ''}-${c.familyMemberId ?? ''}`
    }
    return data
  },
  async compare(survivorId: number, mergedId: number): Promise<FileComparison> {
    const { data } = await http.get<FileComparison>('/api/registry/duplicates/compare', {
      params: { survivorId, mergedId },
    })
    return data
  },
  async merge(body: MergeRequest): Promise<VeteranMerge> {
    const { data } = await http.post<VeteranMerge>('/api/registry/merges', body, { silent: true })
    return data
  },
}

/** A stored ID or account number that looks damaged by Excel (see docs/api.md). */
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
