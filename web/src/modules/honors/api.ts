import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Honors". */
export type PlaqueBasis =
  | 'MARTYR_SURVIVOR'
  | 'DUTY_DEATH_SURVIVOR'
  | 'ILLNESS_DEATH_SURVIVOR'
  | 'SERVING_MEMBER'
  | 'VETERAN'
  | 'CONSCRIPT_FAMILY'
/** What a staff member does to one plaque in PlaqueActionForm. */
export type PlaqueAction = 'hang' | 'replace' | 'revoke'
export type PlaqueStatus = 'ISSUED' | 'HUNG' | 'REPLACED' | 'REVOKED'
export type ReplacementReason = 'MOVE' | 'DAMAGE'
export type RevocationReason =
  | 'CRIMINAL_PUNISHMENT'
  | 'PUBLIC_SECURITY_PENALTY'
  | 'DISMISSED_FROM_SERVICE'
  | 'DIED_BEFORE_2018'
  | 'OTHER'
/** The one award list (shared.MeritAward, docs/glossary.md); benefits uses it for conscripts too. */
export type MeritAward =
  | 'AUGUST_FIRST_MEDAL'
  | 'HONORARY_TITLE'
  | 'FIRST_CLASS_MERIT'
  | 'SECOND_CLASS_MERIT'
  | 'THIRD_CLASS_MERIT'
  | 'OUTSTANDING_SOLDIER'
export type DeliveringLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP'
export type MeritNoticeStatus = 'PENDING' | 'DELIVERED'

export const basisLabels: Record<PlaqueBasis, string> = {
  MARTYR_SURVIVOR: '烈士遗属',
  DUTY_DEATH_SURVIVOR: '因公牺牲军人遗属',
  ILLNESS_DEATH_SURVIVOR: '病故军人遗属',
  SERVING_MEMBER: '现役军人家庭',
  VETERAN: '退役军人家庭',
  CONSCRIPT_FAMILY: '新兵家庭',
}

export const plaqueStatusLabels: Record<PlaqueStatus, string> = {
  ISSUED: '待悬挂',
  HUNG: '已悬挂',
  REPLACED: '已更换',
  REVOKED: '已收回',
}

export const plaqueStatusTagTypes: Record<PlaqueStatus, 'warning' | 'success' | 'info' | 'danger'> =
  {
    ISSUED: 'warning',
    HUNG: 'success',
    REPLACED: 'info',
    REVOKED: 'danger',
  }

export const replacementLabels: Record<ReplacementReason, string> = {
  MOVE: '居住地变更',
  DAMAGE: '老化破损',
}

export const revocationLabels: Record<RevocationReason, string> = {
  CRIMINAL_PUNISHMENT: '被判处刑事处罚',
  PUBLIC_SECURITY_PENALTY: '受治安管理处罚且造成恶劣影响',
  DISMISSED_FROM_SERVICE: '现役军人被除名、开除军籍',
  DIED_BEFORE_2018: '2018年7月29日前已去世',
  OTHER: '其他',
}

export const awardLabels: Record<MeritAward, string> = {
  AUGUST_FIRST_MEDAL: '八一勋章',
  HONORARY_TITLE: '荣誉称号',
  FIRST_CLASS_MERIT: '一等功',
  SECOND_CLASS_MERIT: '二等功',
  THIRD_CLASS_MERIT: '三等功',
  OUTSTANDING_SOLDIER: '优秀士兵',
}

export const levelLabels: Record<DeliveringLevel, string> = {
  PROVINCE: '省级',
  CITY: '地（市）级',
  COUNTY: '县级',
  TOWNSHIP: '乡镇（街道）级',
}

export interface PlaqueHousehold {
  id: number
  headName: string
  regionCode: string
  regionName: string
  address: string | null
  bases: PlaqueBasis[]
  veteranIds: number[]
  conscriptFamily: boolean
  basisDeceased: boolean
  revoked: boolean
  eligible: boolean
  plaqueId: number | null
  plaqueStatus: PlaqueStatus | null
}

export interface StationBacklog {
  stationId: number
  stationName: string
  regionCode: string
  regionName: string
  unhung: number
}

export interface PlaqueRefresh {
  filesRead: number
  households: number
  noLongerEligible: number
}

export interface GloryPlaque {
  id: number
  householdId: number
  headName: string
  regionCode: string
  regionName: string
  householdAddress: string | null
  status: PlaqueStatus
  replacesId: number | null
  issuedOn: string
  issuedBy: string
  hungOn: string | null
  hungAddress: string | null
  signedBy: string | null
  replacedOn: string | null
  replaceReason: ReplacementReason | null
  revokedOn: string | null
  revokeReason: RevocationReason | null
  remark: string | null
}

export interface HouseholdQuery extends PageQuery {
  regionCode?: string | null
  unhung?: boolean
  name?: string
}

export interface PlaqueQuery extends PageQuery {
  regionCode?: string | null
  status?: PlaqueStatus | null
  householdId?: number | null
}

export const plaqueApi = {
  async refresh(): Promise<PlaqueRefresh> {
    const { data } = await http.post<PlaqueRefresh>('/api/honors/plaque-households/refresh')
    return data
  },
  async households(query: HouseholdQuery): Promise<Page<PlaqueHousehold>> {
    const { data } = await http.get<Page<PlaqueHousehold>>('/api/honors/plaque-households', {
      params: cleanParams(query),
    })
    return data
  },
  async backlog(): Promise<StationBacklog[]> {
    const { data } = await http.get<StationBacklog[]>('/api/honors/plaque-households/backlog')
    return data
  },
  async issue(householdId: number, issuedOn?: string | null): Promise<GloryPlaque> {
    const { data } = await http.post<GloryPlaque>(
      `/api/honors/plaque-households/${householdId}/plaques`,
      cleanParams({ issuedOn }),
    )
    return data
  },
  async list(query: PlaqueQuery): Promise<Page<GloryPlaque>> {
    const { data } = await http.get<Page<GloryPlaque>>('/api/honors/plaques', {
      params: cleanParams(query),
    })
    return data
  },
  async hang(
    id: number,
    body: { hungOn: string | null; address: string; signedBy: string },
  ): Promise<GloryPlaque> {
    const { data } = await http.post<GloryPlaque>(`/api/honors/plaques/${id}/hanging`, body, {
      silent: true,
    })
    return data
  },
  async replace(
    id: number,
    body: { reason: ReplacementReason; replacedOn: string | null; remark: string },
  ): Promise<GloryPlaque> {
    const { data } = await http.post<GloryPlaque>(`/api/honors/plaques/${id}/replacement`, body, {
      silent: true,
    })
    return data
  },
  async revoke(
    id: number,
    body: { reason: RevocationReason | null; remark: string; revokedOn: string | null },
  ): Promise<GloryPlaque> {
    const { data } = await http.post<GloryPlaque>(`/api/honors/plaques/${id}/revocation`, body, {
      silent: true,
    })
    return data
  },
}

export interface MeritNotice {
  id: number
  memberName: string
  memberUnit: string | null
  award: MeritAward
  awardLabel: string
  awardTitle: string | null
  awardedOn: string
  receivedOn: string
  familyName: string
  relationship: string
  regionCode: string
  regionName: string
  address: string
  deliveringLevel: DeliveringLevel
  deliverers: string
  deadline: string
  amountFen: number | null
  status: MeritNoticeStatus
  deliveredOn: string | null
  deliveredBy: string | null
  deliveryRemark: string | null
  overdue: boolean
  deliveredLate: boolean
  createdBy: string
}

export interface MeritNoticeRequest {
  memberName: string
  memberUnit: string | null
  award: MeritAward
  awardTitle: string | null
  awardedOn: string
  receivedOn: string | null
  familyName: string
  relationship: string
  regionCode: string
  address: string
  deadline: string | null
  amountFen: number | null
}

export interface MeritQuery extends PageQuery {
  status?: MeritNoticeStatus | null
  overdue?: boolean
}

export const meritApi = {
  async list(query: MeritQuery): Promise<Page<MeritNotice>> {
    const { data } = await http.get<Page<MeritNotice>>('/api/honors/merit-notices', {
      params: cleanParams(query),
    })
    return data
  },
  async register(body: MeritNoticeRequest): Promise<MeritNotice> {
    const { data } = await http.post<MeritNotice>('/api/honors/merit-notices', body, {
      silent: true,
    })
    return data
  },
  async deliver(
    id: number,
    body: { deliveredOn: string | null; deliveredBy: string; remark: string },
  ): Promise<MeritNotice> {
    const { data } = await http.post<MeritNotice>(
      `/api/honors/merit-notices/${id}/delivery`,
      body,
      {
        silent: true,
      },
    )
    return data
  },
  /** The printed letter, for `<a :href>` (the session cookie goes along). */
  letterUrl(id: number): string {
    return `/api/honors/merit-notices/${id}/letter.pdf`
  },
}

export interface RecruitSendOff {
  id: number
  title: string
  sendOffOn: string
  place: string
  regionCode: string
  regionName: string
  remark: string | null
  familiesNotifiedOn: string | null
  recruitCount: number
  createdBy: string
}

export interface Recruit {
  id: number
  sendOffId: number
  name: string
  regionCode: string
  address: string
  familyName: string | null
  relationship: string | null
  unit: string | null
  householdId: number | null
}

export interface RecruitImportResult {
  accepted: number
  rejected: { row: number; name: string; reason: string }[]
}

export interface SendOffRequest {
  title: string
  sendOffOn: string
  place: string
  regionCode: string
  remark: string | null
}

export const sendOffApi = {
  async list(query: PageQuery): Promise<Page<RecruitSendOff>> {
    const { data } = await http.get<Page<RecruitSendOff>>('/api/honors/send-offs', {
      params: cleanParams(query),
    })
    return data
  },
  async create(body: SendOffRequest): Promise<RecruitSendOff> {
    const { data } = await http.post<RecruitSendOff>('/api/honors/send-offs', body, {
      silent: true,
    })
    return data
  },
  async recruits(id: number): Promise<Recruit[]> {
    const { data } = await http.get<Recruit[]>(`/api/honors/send-offs/${id}/recruits`)
    return data
  },
  async importRecruits(id: number, file: File): Promise<RecruitImportResult> {
    const form = new FormData()
    form.append('file', file)
    const { data } = await http.post<RecruitImportResult>(
      `/api/honors/send-offs/${id}/recruits`,
      form,
    )
    return data
  },
  async notifyFamilies(id: number): Promise<RecruitSendOff> {
    const { data } = await http.post<RecruitSendOff>(
      `/api/honors/send-offs/${id}/family-notification`,
      {},
    )
    return data
  },
  templateUrl: '/api/honors/send-offs/recruit-template?format=xlsx',
}
