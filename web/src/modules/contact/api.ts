import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'
import type { Problem, ProblemRequest } from '@/modules/care/api'

/** See docs/api.md "Contact (常态化联系)". */
export type ContactChannel = 'PHONE' | 'HOME_VISIT' | 'WECHAT' | 'MEETING'
export type Mood = 'STABLE' | 'CONCERN' | 'UNSTABLE'
export type ContactGroup = 'HARDSHIP' | 'KEY' | 'GENERAL'
export type PeopleFilter =
  'ALL' | 'NO_LIAISON' | 'NEVER_CONTACTED' | 'OVERDUE' | 'UNREACHABLE' | 'DUE'
export type ContactSource = 'CONTACT' | 'CARE_VISIT'

export const channelLabels: Record<ContactChannel, string> = {
  PHONE: '电话',
  HOME_VISIT: '入户',
  WECHAT: '微信',
  MEETING: '面谈',
}
export const moodLabels: Record<Mood, string> = {
  STABLE: '稳定',
  CONCERN: '关注',
  UNSTABLE: '波动',
}
export const moodTagTypes: Record<Mood, 'success' | 'warning' | 'danger'> = {
  STABLE: 'success',
  CONCERN: 'warning',
  UNSTABLE: 'danger',
}
export const groupLabels: Record<ContactGroup, string> = {
  HARDSHIP: '困难退役军人',
  KEY: '重点优抚对象',
  GENERAL: '其他退役军人',
}
export const filterLabels: Record<PeopleFilter, string> = {
  ALL: '全部',
  DUE: '应联系',
  OVERDUE: '已逾期',
  NEVER_CONTACTED: '从未联系',
  NO_LIAISON: '无联络员',
  UNREACHABLE: '号码无法接通',
}

export interface FollowedPerson {
  veteranId: number
  name: string
  regionCode: string
  regionName: string
  household: boolean
  group: ContactGroup
  intervalMonths: number
  liaisonId: number | null
  liaisonName: string | null
  followedSince: string
  lastContactOn: string | null
  lastChannel: ContactChannel | null
  lastMood: Mood | null
  dueOn: string
  daysLeft: number
  unreachable: boolean
}

export interface ContactRecord {
  id: number
  veteranId: number
  personName: string
  regionCode: string
  source: ContactSource
  careVisitId: number | null
  channel: ContactChannel | null
  contactedOn: string
  reached: boolean
  mood: Mood | null
  summary: string | null
  liaisonId: number | null
  contactedBy: string
  needs: number
  createdBy: string
  problems: Problem[]
}

export interface ContactRequest {
  veteranId: number
  channel: ContactChannel
  contactedOn: string
  reached: boolean
  mood: Mood | null
  summary: string
  contactedBy: string
  needs: ProblemRequest[]
}

export interface CoverageRow {
  regionCode: string
  regionName: string
  people: number
  covered: number
  overdue: number
  dueSoon: number
  neverContacted: number
  noLiaison: number
  unreachable: number
  coveragePerMille: number
}

export interface Coverage {
  regionCode: string
  regionName: string
  asOf: string
  total: CoverageRow
  rows: CoverageRow[]
}

export interface StaffMember {
  id: number
  stationId: number
  stationName: string
  regionCode: string
  name: string
  position: string | null
  phone: string | null
  active: boolean
  username: string | null
}

export interface LiaisonWorkload {
  staffId: number
  name: string
  stationName: string
  regionCode: string
  active: boolean
  people: number
  overdue: number
  dueSoon: number
  neverContacted: number
  unreachable: number
}

export interface VillageLiaison {
  villageCode: string
  villageName: string
  liaisonId: number | null
  liaisonName: string | null
  people: number
  noLiaison: number
}

export interface Cadence {
  id: number
  regionCode: string | null
  regionName: string | null
  group: ContactGroup
  intervalMonths: number
  source: string
  updatedBy: string
  updatedAt: string
}

export interface CadenceRequest {
  regionCode: string
  group: ContactGroup
  intervalMonths: number
  source: string
}

export interface PeopleQuery extends PageQuery {
  filter?: PeopleFilter
  regionCode?: string | null
  liaisonId?: number | null
  q?: string
}

export const contactApi = {
  async people(query: PeopleQuery): Promise<Page<FollowedPerson>> {
    const { data } = await http.get<Page<FollowedPerson>>('/api/contact/people', {
      params: cleanParams(query),
    })
    return data
  },
  async person(veteranId: number): Promise<FollowedPerson> {
    const { data } = await http.get<FollowedPerson>(`/api/contact/people/${veteranId}`, {
      silent: true,
    })
    return data
  },
  async mine(
    query: { filter: PeopleFilter; q?: string } & PageQuery,
  ): Promise<Page<FollowedPerson>> {
    const { data } = await http.get<Page<FollowedPerson>>('/api/contact/mine', {
      params: cleanParams(query),
      silent: true,
    })
    return data
  },
  async me(): Promise<StaffMember | null> {
    const { data } = await http.get<{ staff: StaffMember | null }>('/api/contact/me')
    return data.staff
  },
  async history(veteranId: number, paging: PageQuery): Promise<Page<ContactRecord>> {
    const { data } = await http.get<Page<ContactRecord>>(
      `/api/contact/people/${veteranId}/records`,
      { params: cleanParams(paging), silent: true },
    )
    return data
  },
  async record(body: ContactRequest): Promise<ContactRecord> {
    const { data } = await http.post<ContactRecord>('/api/contact/records', body, { silent: true })
    return data
  },
  async assignLiaison(veteranId: number, staffId: number | null): Promise<FollowedPerson> {
    const { data } = await http.put<FollowedPerson>(`/api/contact/people/${veteranId}/liaison`, {
      staffId,
    })
    return data
  },
  async sync(regionCode: string | null): Promise<number> {
    const { data } = await http.post<{ changed: number }>('/api/contact/people/sync', null, {
      params: cleanParams({ regionCode }),
    })
    return data.changed
  },
  async coverage(regionCode: string | null): Promise<Coverage> {
    const { data } = await http.get<Coverage>('/api/contact/coverage', {
      params: cleanParams({ regionCode }),
    })
    return data
  },
  async liaisons(regionCode: string | null): Promise<LiaisonWorkload[]> {
    const { data } = await http.get<LiaisonWorkload[]>('/api/contact/liaisons', {
      params: cleanParams({ regionCode }),
    })
    return data
  },
  async villages(regionCode: string): Promise<VillageLiaison[]> {
    const { data } = await http.get<VillageLiaison[]>('/api/contact/villages', {
      params: { regionCode },
    })
    return data
  },
  async assignVillages(
    villageCodes: string[],
    staffId: number,
    onlyUnassigned: boolean,
  ): Promise<number> {
    const { data } = await http.post<{ assigned: number }>('/api/contact/assignments', {
      villageCodes,
      staffId,
      onlyUnassigned,
    })
    return data.assigned
  },
  async handOver(staffId: number, toStaffId: number): Promise<{ moved: number; left: number }> {
    const { data } = await http.post<{ moved: number; left: number }>(
      `/api/contact/liaisons/${staffId}/handover`,
      { toStaffId },
    )
    return data
  },
  async cadences(): Promise<Cadence[]> {
    const { data } = await http.get<Cadence[]>('/api/contact/cadences')
    return data
  },
  async saveCadence(body: CadenceRequest): Promise<Cadence> {
    const { data } = await http.put<Cadence>('/api/contact/cadences', body, { silent: true })
    return data
  },
  async deleteCadence(id: number): Promise<void> {
    await http.delete(`/api/contact/cadences/${id}`)
  },
}
