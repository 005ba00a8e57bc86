import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Petitions". Dates are ISO days in Asia/Shanghai. */
export type Channel =
  'VISIT' | 'LETTER' | 'PHONE' | 'ONLINE' | 'HOTLINE_12345' | 'HOTLINE_12397' | 'TRANSFERRED'
export type PetitionClass = 'SUGGESTION' | 'ACCUSATION' | 'CLAIM'
export type MatterCategory =
  | 'BENEFITS'
  | 'RESETTLEMENT'
  | 'EMPLOYMENT'
  | 'MEDICAL'
  | 'HOUSING'
  | 'SOCIAL_SECURITY'
  | 'HONORS'
  | 'CONDUCT'
  | 'OTHER'
export type PetitionStatus =
  | 'REGISTERED'
  | 'OBJECTED'
  | 'HANDLING'
  | 'ANSWERED'
  | 'IN_REVIEW'
  | 'REVIEWED'
  | 'IN_RECHECK'
  | 'NOT_ACCEPTED'
  | 'RETURNED'
  | 'CLOSED'
  | 'FINAL'
export type ClockKind =
  'NOTICE' | 'OBJECTION' | 'HANDLING' | 'REVIEW_REQUEST' | 'REVIEW' | 'RECHECK_REQUEST' | 'RECHECK'
export type ClockState = 'RUNNING' | 'DUE_SOON' | 'OVERDUE' | 'MET' | 'MET_LATE' | 'CLOSED'
export type Stage = 'HANDLING' | 'REVIEW' | 'RECHECK'
export type Opinion = 'SUPPORTED' | 'EXPLAINED' | 'NOT_SUPPORTED'
export type Satisfaction = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED'
export type NonAcceptance =
  'OUTSIDE_JURISDICTION' | 'OTHER_PROCEDURE' | 'FINAL_AFTER_RECHECK' | 'SAME_MATTER_UNDER_HANDLING'

export const channelLabels: Record<Channel, string> = {
  VISIT: '走访',
  LETTER: '书信',
  PHONE: '电话',
  ONLINE: '网络',
  HOTLINE_12345: '12345热线转办',
  HOTLINE_12397: '12397热线转办',
  TRANSFERRED: '上级交办/转送',
}
export const classLabels: Record<PetitionClass, string> = {
  SUGGESTION: '建议意见类',
  ACCUSATION: '检举控告类',
  CLAIM: '申诉求决类',
}
export const categoryLabels: Record<MatterCategory, string> = {
  BENEFITS: '优抚待遇',
  RESETTLEMENT: '安置',
  EMPLOYMENT: '就业创业',
  MEDICAL: '医疗保障',
  HOUSING: '住房',
  SOCIAL_SECURITY: '社会保险接续',
  HONORS: '褒扬纪念',
  CONDUCT: '工作作风',
  OTHER: '其他',
}
export const statusLabels: Record<PetitionStatus, string> = {
  REGISTERED: '待受理',
  OBJECTED: '已提异议',
  HANDLING: '办理中',
  ANSWERED: '已答复',
  IN_REVIEW: '复查中',
  REVIEWED: '已复查',
  IN_RECHECK: '复核中',
  NOT_ACCEPTED: '不予受理',
  RETURNED: '已交还',
  CLOSED: '已办结',
  FINAL: '复核终结',
}
export const stageLabels: Record<Stage, string> = {
  HANDLING: '信访处理意见书',
  REVIEW: '复查意见书',
  RECHECK: '复核意见书',
}
export const opinionLabels: Record<Opinion, string> = {
  SUPPORTED: '予以支持',
  EXPLAINED: '解释说明',
  NOT_SUPPORTED: '不予支持',
}
export const satisfactionLabels: Record<Satisfaction, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
}
export const nonAcceptanceLabels: Record<NonAcceptance, string> = {
  OUTSIDE_JURISDICTION: '不属于本机关职权范围（第二十三条）',
  OTHER_PROCEDURE: '应通过诉讼、仲裁、复议等法定途径（第三十一条）',
  FINAL_AFTER_RECHECK: '已复核终结，不再受理（第三十六条第三款）',
  SAME_MATTER_UNDER_HANDLING: '同一事项已受理或正在办理（第十九条第三款）',
}

export interface PetitionClock {
  kind: ClockKind
  label: string
  article: string
  obligation: boolean
  startedOn: string
  extensionDays: number
  pausedDays: number
  dueOn: string
  warnFrom: string
  provisional: boolean
  metOn: string | null
  escalated: boolean
  state: ClockState
}

export interface PetitionSummary {
  id: number
  registrationNo: string
  channel: Channel
  receivedOn: string
  regionCode: string
  regionName: string
  petitionClass: PetitionClass
  category: MatterCategory
  subject: string
  petitionerName: string
  headcount: number
  status: PetitionStatus
  handler: string | null
  repeat: boolean
  nextClock: PetitionClock | null
}

export interface Answer {
  stage: Stage
  request: string
  factsAndReasons: string
  opinion: Opinion
  opinionText: string
  legalBasis: string | null
  answeredOn: string
  answeredBy: string
  deliveredOn: string | null
}

export interface Petition {
  id: number
  registrationNo: string
  channel: Channel
  sourceOrg: string | null
  receivedOn: string
  regionCode: string
  regionName: string
  petitionClass: PetitionClass
  category: MatterCategory
  subject: string
  content: string
  petitioner: {
    veteranId: number | null
    name: string
    anonymous: boolean
    phoneMask: string | null
    idNumberMask: string | null
    address: string | null
  }
  headcount: number
  representatives: {
    position: number
    name: string
    veteranId: number | null
    phoneMask: string | null
  }[]
  accused: string[]
  accusedUnit: string | null
  status: PetitionStatus
  handler: string | null
  repeatOf: number | null
  repeatOfNo: string | null
  acceptedOn: string | null
  procedureNote: string | null
  notAcceptedReason: NonAcceptance | null
  notAcceptedNote: string | null
  objectionReason: string | null
  extension: {
    days: number
    reason: string
    requestedBy: string
    requestedOn: string
    status: 'PENDING' | 'APPROVED' | 'REJECTED'
    decidedBy: string | null
    decidedOn: string | null
    remark: string | null
  } | null
  reviewingBody: string | null
  recheckingBody: string | null
  closedOn: string | null
  closingNote: string | null
  registeredBy: string
  registeredAt: string
  clocks: PetitionClock[]
  answers: Answer[]
  hearings: { from: string; to: string; note: string | null }[]
  evaluations: {
    stage: Stage
    satisfaction: Satisfaction
    comment: string | null
    recordedBy: string
  }[]
  recusals: { username: string; reason: string; recusedAt: string }[]
  timeline: { at: string; actor: string; action: string; note: string | null }[]
}

export interface PetitionQuery extends PageQuery {
  status?: PetitionStatus | null
  class?: PetitionClass | null
  channel?: Channel | null
  due?: string | null
  q?: string | null
  mine?: boolean
}

export interface RegisterRequest {
  channel: Channel
  sourceOrg: string | null
  receivedOn: string
  regionCode: string | null
  petitionClass: PetitionClass
  category: MatterCategory
  subject: string
  content: string
  veteranId: number | null
  petitionerName: string | null
  phone: string | null
  idNumber: string | null
  address: string | null
  headcount: number
  representatives: { name: string; phone: string | null }[]
  accused: string[]
  accusedUnit: string | null
}

export interface Account {
  username: string
  displayName: string
  scopeName: string
}

export interface Figures {
  key: string
  label: string
  registered: number
  repeats: number
  onTimeAcceptanceRate: number | null
  onTimeClosureRate: number | null
  satisfactionRate: number | null
  repeatRate: number | null
}

export interface StatisticsReport {
  from: string
  to: string
  total: Figures
  months: Figures[]
  regions: Figures[]
}

/** The step endpoints of a petition, each a sub-resource taking a small JSON body. */
export type Step =
  | 'acceptance'
  | 'non-acceptance'
  | 'objection'
  | 'objection-answer'
  | 'handler'
  | 'recusals'
  | 'extension'
  | 'extension/decision'
  | 'answer'
  | 'review-opinions/REVIEW'
  | 'review-opinions/RECHECK'
  | 'deliveries'
  | 'review-requests'
  | 'hearings'
  | 'evaluations'
  | 'closure'

export const petitionApi = {
  async list(query: PetitionQuery): Promise<Page<PetitionSummary>> {
    return (await http.get<Page<PetitionSummary>>('/api/petitions', { params: cleanParams(query) }))
      .data
  },
  async get(id: number): Promise<Petition> {
    return (await http.get<Petition>(`/api/petitions/${id}`)).data
  },
  async register(body: RegisterRequest): Promise<Petition> {
    return (await http.post<Petition>('/api/petitions', body, { silent: true })).data
  },
  async step(id: number, step: Step, body: object): Promise<Petition> {
    const url = `/api/petitions/${id}/${step}`
    const answer =
      step === 'handler'
        ? await http.put<Petition>(url, body, { silent: true })
        : await http.post<Petition>(url, body, { silent: true })
    return answer.data
  },
  async revealPhone(id: number): Promise<string> {
    return (await http.post<{ phone: string }>(`/api/petitions/${id}/phone/reveal`)).data.phone
  },
  async accounts(q: string): Promise<Account[]> {
    return (await http.get<Account[]>('/api/petitions/accounts', { params: { q } })).data
  },
  async statistics(from: string, to: string): Promise<StatisticsReport> {
    return (await http.get<StatisticsReport>('/api/petitions/statistics', { params: { from, to } }))
      .data
  },
  letterUrl(id: number, kind: string): string {
    return `/api/petitions/${id}/letters/${kind}.pdf`
  },
}
