import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'
import { householdTypeLabels as registeredHouseholdTypes } from '@/modules/registry/api'
import type { MeritAward } from '@/modules/honors/api'

/** See docs/api.md "Benefits". Money is always integer fen (`…Fen`); see money.ts. */
export type BenefitType =
  | 'DISABILITY_PENSION'
  | 'SURVIVOR_PENSION'
  | 'LIVING_SUBSIDY'
  | 'CONSCRIPT_FAMILY_ALLOWANCE'
  | 'HARDSHIP_GRANT'

export const benefitTypeLabels: Record<BenefitType, string> = {
  DISABILITY_PENSION: '残疾抚恤金',
  SURVIVOR_PENSION: '定期抚恤金',
  LIVING_SUBSIDY: '定期生活补助',
  CONSCRIPT_FAMILY_ALLOWANCE: '义务兵家庭优待金',
  HARDSHIP_GRANT: '临时困难补助',
}

/** The benefits that have standards (the others are one-off payables). */
export const standardBenefitTypes: BenefitType[] = [
  'DISABILITY_PENSION',
  'SURVIVOR_PENSION',
  'LIVING_SUBSIDY',
]

/** The benefits a payment run can be prepared for (义务兵家庭优待金 has its own yearly page). */
export const runBenefitTypes: BenefitType[] = [
  'DISABILITY_PENSION',
  'SURVIVOR_PENSION',
  'LIVING_SUBSIDY',
  'HARDSHIP_GRANT',
]

export function benefitTypeLabel(type: string | null | undefined): string {
  return (type && benefitTypeLabels[type as BenefitType]) || type || ''
}

// ---------------------------------------------------------------- standards

export type StandardStatus = 'DRAFT' | 'APPROVED' | 'REJECTED'
export type DisabilityCause = 'COMBAT' | 'DUTY' | 'ILLNESS'
export type HouseholdType = 'ANY' | 'URBAN' | 'RURAL'

export const standardStatusLabels: Record<StandardStatus, string> = {
  DRAFT: '待审核',
  APPROVED: '已生效',
  REJECTED: '已驳回',
}
export const standardStatusTagTypes: Record<StandardStatus, 'warning' | 'success' | 'info'> = {
  DRAFT: 'warning',
  APPROVED: 'success',
  REJECTED: 'info',
}
export const disabilityCauseLabels: Record<DisabilityCause, string> = {
  COMBAT: '因战',
  DUTY: '因公',
  ILLNESS: '因病',
}
/** A standard's 户籍类别: the registry's two, or ANY for a standard that applies to both. */
export const householdTypeLabels: Record<HouseholdType, string> = {
  ANY: '不分城乡',
  ...registeredHouseholdTypes,
}
/** A beneficiary's 户籍类别 as a run line carries it: ANY when the registry has none yet. */
export const lineHouseholdTypeLabels: Record<HouseholdType, string> = {
  ANY: '未登记',
  ...registeredHouseholdTypes,
}
/** BASE plus the local add-ons the backend knows (others are accepted as typed). */
export const componentLabels: Record<string, string> = {
  BASE: '基本标准',
  NURSING: '护理费',
  LONELY_ELDERLY: '孤老补助',
  TIBET: '进藏补助',
}

export interface Standard {
  id: number
  benefitType: BenefitType
  category: string
  disabilityGrade: number
  disabilityCause: string
  householdType: string
  regionCode: string
  component: string
  effectiveFrom: string
  annualFen: number | null
  percent: number | null
  indicatorFen: number | null
  indicatorName: string | null
  monthlyFen: number
  basis: string
  status: StandardStatus
  createdBy: string
  createdAt: string
  decidedBy: string | null
  decidedAt: string | null
}

/** Either `annualFen` or `percent` + `indicatorFen` (+ name). */
export interface StandardRequest {
  benefitType: BenefitType
  category: string
  disabilityGrade: number | null
  disabilityCause: DisabilityCause | null
  householdType: HouseholdType | null
  regionCode: string
  component: string | null
  effectiveFrom: string
  annualFen: number | null
  percent: number | null
  indicatorFen: number | null
  indicatorName: string | null
  basis: string
}

export interface StandardQuery {
  benefitType?: BenefitType | null
  status?: StandardStatus | null
  regionCode?: string | null
}

export const standardApi = {
  async list(query: StandardQuery): Promise<Standard[]> {
    const { data } = await http.get<Standard[]>('/api/benefits/standards', {
      params: cleanParams(query),
    })
    return data
  },
  async create(body: StandardRequest): Promise<Standard> {
    const { data } = await http.post<Standard>('/api/benefits/standards', body, { silent: true })
    return data
  },
  async approve(id: number): Promise<Standard> {
    const { data } = await http.post<Standard>(`/api/benefits/standards/${id}/approve`)
    return data
  },
  async reject(id: number): Promise<Standard> {
    const { data } = await http.post<Standard>(`/api/benefits/standards/${id}/reject`)
    return data
  },
}

// ---------------------------------------------------------------- payment runs

export type RunStatus =
  'PREPARING' | 'PREPARED' | 'APPROVED' | 'EXPORTED' | 'RECONCILED' | 'CANCELLED' | 'REJECTED'

export const runStatusLabels: Record<RunStatus, string> = {
  PREPARING: '生成中',
  PREPARED: '待审核',
  APPROVED: '已审核',
  EXPORTED: '已导出',
  RECONCILED: '已回盘',
  CANCELLED: '已作废',
  REJECTED: '已驳回',
}
export const runStatusTagTypes: Record<
  RunStatus,
  'primary' | 'warning' | 'success' | 'info' | 'danger'
> = {
  PREPARING: 'primary',
  PREPARED: 'warning',
  APPROVED: 'primary',
  EXPORTED: 'primary',
  RECONCILED: 'success',
  CANCELLED: 'info',
  REJECTED: 'danger',
}

export type ReviewAction =
  'PREPARED' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'EXPORTED' | 'RECONCILED'

export const reviewActionLabels: Record<ReviewAction, string> = {
  PREPARED: '生成',
  APPROVED: '审核通过',
  REJECTED: '驳回',
  CANCELLED: '作废',
  EXPORTED: '导出银行文件',
  RECONCILED: '导入回盘',
}

/** An entitled beneficiary a run leaves without a line (no approved standard matches). */
export interface UnpaidBeneficiary {
  beneficiaryId: number
  veteranId: number
  personName: string
  regionCode: string
  category: string
  disabilityGrade: number
  disabilityCause: string
  householdType: 'ANY' | 'URBAN' | 'RURAL'
  lonelyElderly: boolean
}

export interface UnpaidBeneficiaries {
  count: number
  first: UnpaidBeneficiary[]
}

/** One entry of a run's review history (审核记录). */
export interface RunReview {
  id: number
  runId: number
  action: ReviewAction
  actor: string
  actedAt: string
  comment: string | null
}

export interface PaymentRun {
  id: number
  benefitType: BenefitType
  regionCode: string
  /** `YYYY-MM-DD`, the first day of the first month. */
  firstMonth: string
  months: number
  followUpOf: number | null
  status: RunStatus
  lineCount: number
  payeeCount: number
  totalFen: number
  paidCount: number
  failedCount: number
  preparedBy: string
  preparedAt: string
  approvedBy: string | null
  approvedAt: string | null
  exportedBy: string | null
  exportedAt: string | null
  reconciledBy: string | null
  reconciledAt: string | null
  /** The background job that prepares (or last prepared) the run. */
  jobId: number | null
  /** Who started that job: only they can follow its progress (jobs are private). */
  jobOwner: string | null
}

export interface PrepareRequest {
  benefitType: BenefitType
  regionCode: string
  /** `YYYY-MM` */
  firstMonth: string
  months: number
}

export type LineState = 'PENDING' | 'PAID' | 'FAILED'
export type LineKind = 'REGULAR' | 'TOP_UP' | 'FUNERAL' | 'ONE_OFF'

export const lineStateLabels: Record<LineState, string> = {
  PENDING: '待发放',
  PAID: '已发放',
  FAILED: '发放失败',
}
export const lineStateTagTypes: Record<LineState, 'info' | 'success' | 'danger'> = {
  PENDING: 'info',
  PAID: 'success',
  FAILED: 'danger',
}
export const lineKindLabels: Record<LineKind, string> = {
  REGULAR: '正常发放',
  TOP_UP: '补发',
  FUNERAL: '丧葬补助',
  ONE_OFF: '一次性',
}

export interface PaymentLine {
  reference: string
  beneficiaryId: number
  veteranId: number
  payeeName: string
  bankAccountMask: string | null
  regionCode: string
  periodMonth: string
  kind: LineKind
  amountFen: number
  standardId: number | null
  explanation: string | null
  state: LineState
  failureReason: string | null
}

/** One month's money of a person file (its 银行与发放 tab). */
export interface PaymentHistoryLine {
  beneficiaryId: number
  personName: string
  benefitType: BenefitType
  periodMonth: string
  kind: LineKind
  amountFen: number
  state: LineState
  failureReason: string | null
  settledOn: string | null
  payeeName: string
  bankAccountMask: string | null
  runId: number
  runStatus: RunStatus
}

export const paymentHistoryApi = {
  async of(veteranId: number, paging: PageQuery): Promise<Page<PaymentHistoryLine>> {
    const { data } = await http.get<Page<PaymentHistoryLine>>(
      `/api/benefits/people/${veteranId}/payments`,
      { params: cleanParams(paging) },
    )
    return data
  },
}

export interface Reconciliation {
  paidLines: number
  failedLines: number
  unmatched: string[]
}

export type BankFileFormat = 'CSV' | 'FIXED'

export interface RunQuery extends PageQuery {
  benefitType?: BenefitType | null
}

export interface LineQuery extends PageQuery {
  state?: LineState | null
}

export const runApi = {
  async list(query: RunQuery): Promise<Page<PaymentRun>> {
    const { data } = await http.get<Page<PaymentRun>>('/api/benefits/runs', {
      params: cleanParams(query),
    })
    return data
  },
  async prepare(body: PrepareRequest): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>('/api/benefits/runs', body, { silent: true })
    return data
  },
  async get(id: number, options: { silent?: boolean } = {}): Promise<PaymentRun> {
    const { data } = await http.get<PaymentRun>(`/api/benefits/runs/${id}`, {
      silent: options.silent,
    })
    return data
  },
  async lines(id: number, query: LineQuery): Promise<Page<PaymentLine>> {
    const { data } = await http.get<Page<PaymentLine>>(`/api/benefits/runs/${id}/lines`, {
      params: cleanParams(query),
    })
    return data
  },
  async resume(id: number): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>(`/api/benefits/runs/${id}/resume`)
    return data
  },
  /** Approves with the checker's optional comment. */
  async approve(id: number, comment: string | null = null): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>(`/api/benefits/runs/${id}/approve`, { comment })
    return data
  },
  /** The checker sends the run back; the reason is required and its months are freed. */
  async reject(id: number, comment: string): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>(`/api/benefits/runs/${id}/reject`, { comment })
    return data
  },
  /** The review's check: entitled beneficiaries in the run's region left without a line. */
  async unpaid(id: number): Promise<UnpaidBeneficiaries> {
    const { data } = await http.get<UnpaidBeneficiaries>(`/api/benefits/runs/${id}/unpaid`)
    return data
  },
  async reviews(id: number): Promise<RunReview[]> {
    const { data } = await http.get<RunReview[]>(`/api/benefits/runs/${id}/reviews`, {
      silent: true,
    })
    return data
  },
  async cancel(id: number): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>(`/api/benefits/runs/${id}/cancel`)
    return data
  },
  async export(id: number): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>(`/api/benefits/runs/${id}/export`)
    return data
  },
  /** Where the browser downloads the bank file (full account numbers), for `<a :href>`. */
  bankFileUrl(id: number, format: BankFileFormat): string {
    return `/api/benefits/runs/${id}/bank-file?format=${format}`
  },
  /** Sends the bank's return file (`reference,status,reason` per line, UTF-8) as text. */
  async reconcile(id: number, content: string): Promise<Reconciliation> {
    const { data } = await http.post<Reconciliation>(
      `/api/benefits/runs/${id}/bank-return`,
      content,
      { headers: { 'Content-Type': 'text/csv' }, silent: true },
    )
    return data
  },
  async followUp(id: number): Promise<PaymentRun> {
    const { data } = await http.post<PaymentRun>(`/api/benefits/runs/${id}/follow-up`)
    return data
  },
}

// ---------------------------------------------------------------- 追缴 (overpayments)

export type OverpaymentStatus = 'OPEN' | 'RECOVERED' | 'WAIVED'

export const overpaymentStatusLabels: Record<OverpaymentStatus, string> = {
  OPEN: '待追缴',
  RECOVERED: '已追回',
  WAIVED: '已核销',
}
export const overpaymentStatusTagTypes: Record<OverpaymentStatus, 'warning' | 'success' | 'info'> =
  {
    OPEN: 'warning',
    RECOVERED: 'success',
    WAIVED: 'info',
  }

/**
 * What was paid for months after a death beyond the 丧葬补助 months (抚恤条例 Art 58): OPEN until
 * recovered in parts (RECOVERED) or written off (核销, WAIVED) with a second person's approval.
 */
export interface Overpayment {
  id: number
  beneficiaryId: number
  benefitType: BenefitType
  veteranId: number
  regionCode: string
  firstMonth: string
  lastMonth: string
  amountFen: number
  recoveredFen: number
  /** What is still to recover; 0 once RECOVERED or WAIVED. */
  outstandingFen: number
  reason: string
  status: OverpaymentStatus
  createdAt: string
  waiverReason: string | null
  /** Set while a 核销 request waits for a second person. */
  waiverRequestedBy: string | null
  waiverRequestedAt: string | null
  waivedBy: string | null
  waivedAt: string | null
}

export type RecoveryMethod = 'COUNTER' | 'BANK_TRANSFER' | 'FUNERAL_OFFSET'

export const recoveryMethodLabels: Record<RecoveryMethod, string> = {
  COUNTER: '柜面退回',
  BANK_TRANSFER: '银行转账',
  FUNERAL_OFFSET: '从丧葬补助中抵扣',
}

export interface Recovery {
  id: number
  overpaymentId: number
  amountFen: number
  recoveredOn: string
  method: RecoveryMethod
  reference: string | null
  recordedBy: string
  recordedAt: string
}

export type OverpaymentAction =
  | 'CREATED'
  | 'RECOVERY_RECORDED'
  | 'RECOVERED'
  | 'WAIVER_REQUESTED'
  | 'WAIVER_APPROVED'
  | 'WAIVER_DECLINED'

export const overpaymentActionLabels: Record<OverpaymentAction, string> = {
  CREATED: '登记追缴',
  RECOVERY_RECORDED: '追回款项',
  RECOVERED: '全部追回',
  WAIVER_REQUESTED: '申请核销',
  WAIVER_APPROVED: '核销通过',
  WAIVER_DECLINED: '核销不予通过',
}

export interface OverpaymentEvent {
  id: number
  action: OverpaymentAction
  amountFen: number | null
  actor: string
  actedAt: string
  note: string | null
}

export interface OverpaymentDetail {
  overpayment: Overpayment
  recoveries: Recovery[]
  history: OverpaymentEvent[]
}

export interface RecoveryRequest {
  amountFen: number
  /** `YYYY-MM-DD` */
  recoveredOn: string
  method: RecoveryMethod
  reference: string | null
}

export const overpaymentApi = {
  async list(status: OverpaymentStatus | null = null): Promise<Overpayment[]> {
    const { data } = await http.get<Overpayment[]>('/api/benefits/overpayments', {
      params: cleanParams({ status }),
    })
    return data
  },
  async get(id: number): Promise<OverpaymentDetail> {
    const { data } = await http.get<OverpaymentDetail>(`/api/benefits/overpayments/${id}`)
    return data
  },
  async recordRecovery(id: number, body: RecoveryRequest): Promise<OverpaymentDetail> {
    const { data } = await http.post<OverpaymentDetail>(
      `/api/benefits/overpayments/${id}/recoveries`,
      body,
      { silent: true },
    )
    return data
  },
  async requestWaiver(id: number, reason: string): Promise<OverpaymentDetail> {
    const { data } = await http.post<OverpaymentDetail>(
      `/api/benefits/overpayments/${id}/waiver`,
      { reason },
      { silent: true },
    )
    return data
  },
  async approveWaiver(id: number, comment: string | null): Promise<OverpaymentDetail> {
    const { data } = await http.post<OverpaymentDetail>(
      `/api/benefits/overpayments/${id}/waiver/approve`,
      { reason: comment },
    )
    return data
  },
  async declineWaiver(id: number, comment: string | null): Promise<OverpaymentDetail> {
    const { data } = await http.post<OverpaymentDetail>(
      `/api/benefits/overpayments/${id}/waiver/decline`,
      { reason: comment },
    )
    return data
  },
}

// ---------------------------------------------------------------- on-time KPI

export interface RegionOnTime {
  regionCode: string
  regionName: string
  /** `YYYY-MM-DD`, the first day of the month. */
  month: string
  due: number
  paidOnTime: number
  paidLate: number
  failed: number
  outstanding: number
}

export const kpiApi = {
  /** `from`/`to` are `YYYY-MM`. */
  async onTime(from: string, to: string): Promise<RegionOnTime[]> {
    const { data } = await http.get<RegionOnTime[]>('/api/benefits/on-time', {
      params: { from, to },
    })
    return data
  },
  csvUrl(from: string, to: string): string {
    return `/api/benefits/on-time.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`
  },
}

// ---------------------------------------------------------------- 义务兵家庭优待金

export type ServiceArea = 'ORDINARY' | 'TIBET' | 'XINJIANG' | 'PLATEAU'
export type EducationLevel = 'OTHER' | 'STUDENT' | 'COLLEGE' | 'BACHELOR'

export const serviceAreaLabels: Record<ServiceArea, string> = {
  ORDINARY: '一般地区',
  TIBET: '西藏',
  XINJIANG: '新疆',
  PLATEAU: '高原',
}
export const educationLabels: Record<EducationLevel, string> = {
  OTHER: '其他',
  STUDENT: '在校大学生',
  COLLEGE: '大专毕业',
  BACHELOR: '本科及以上毕业',
}

/** Multipliers default to 1, uplifts (% of the base) to 0. */
export interface ConscriptStandardRequest {
  countyCode: string
  year: number
  indicatorName: string
  indicatorFen: number
  percent: number
  tibetMultiplier: number | null
  xinjiangMultiplier: number | null
  plateauMultiplier: number | null
  studentUplift: number | null
  collegeUplift: number | null
  bachelorUplift: number | null
  outstandingUplift: number | null
  thirdClassUplift: number | null
  secondClassUplift: number | null
  firstClassUplift: number | null
  honorTitleUplift: number | null
  augustFirstMedalUplift: number | null
  basis: string
}

export interface ConscriptRequest {
  name: string
  regionCode: string
  enlistedOn: string
  dischargedOn: string | null
  serviceArea: ServiceArea
  education: EducationLevel
  merit: MeritAward | null
  familyContact: string | null
}

export interface ConscriptAllowanceRow {
  conscriptId: number
  name: string
  regionCode: string
  year: number
  standardId: number
  amountFen: number
  explanation: string
}

export const conscriptApi = {
  async enterStandard(body: ConscriptStandardRequest): Promise<{ id: number }> {
    const { data } = await http.post<{ id: number }>(
      '/api/benefits/conscript-allowance/standards',
      body,
      { silent: true },
    )
    return data
  },
  async approveStandard(id: number): Promise<void> {
    await http.post(`/api/benefits/conscript-allowance/standards/${id}/approve`)
  },
  async register(body: ConscriptRequest): Promise<{ id: number }> {
    const { data } = await http.post<{ id: number }>(
      '/api/benefits/conscript-allowance/conscripts',
      body,
      { silent: true },
    )
    return data
  },
  async runYear(countyCode: string, year: number): Promise<ConscriptAllowanceRow[]> {
    const { data } = await http.post<ConscriptAllowanceRow[]>(
      '/api/benefits/conscript-allowance/runs',
      null,
      { params: { countyCode, year } },
    )
    return data
  },
  async roster(countyCode: string, year: number): Promise<ConscriptAllowanceRow[]> {
    const { data } = await http.get<ConscriptAllowanceRow[]>(
      '/api/benefits/conscript-allowance/roster',
      { params: { countyCode, year } },
    )
    return data
  },
}

/** The beneficiary categories (优抚对象类别) each benefit with standards is paid to (BenefitType.java). */
export const benefitCategories: Partial<Record<BenefitType, string[]>> = {
  DISABILITY_PENSION: ['11', '12', '13', '14', '15', '16'],
  SURVIVOR_PENSION: ['21', '22', '23'],
  LIVING_SUBSIDY: ['31', '32', '33', '41', '42', '51', '61', '81', 'B1'],
}
