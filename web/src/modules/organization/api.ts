import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

export type { Region } from '@/shared/types'
export { regionApi, type RegionMatch } from '@/shared/api/regions'

export type StationKind = 'CENTER' | 'STATION'
export type StationGrade = 'BASIC' | 'GOOD' | 'EXCELLENT'

export interface Station {
  id: number
  name: string
  regionCode: string
  regionName: string
  kind: StationKind
  grade: StationGrade
  address: string | null
  phone: string | null
  staffCount: number
}

export interface StationRequest {
  name: string
  regionCode: string
  grade: StationGrade
  address: string
  phone: string
}

export interface Staff {
  id: number
  stationId: number
  stationName: string
  name: string
  position: string | null
  phone: string | null
  active: boolean
  /** The login account this staff member works under (a liaison's "my people"), if linked. */
  username: string | null
}

export interface StaffRequest {
  stationId: number | null
  name: string
  position: string
  phone: string
  active: boolean
  username: string
}

export const stationKindLabels: Record<StationKind, string> = {
  CENTER: '服务中心',
  STATION: '服务站',
}

/** 有/优/精: the three grades of the 有阵地、有人员… service-station standard. */
export const stationGradeLabels: Record<StationGrade, string> = {
  BASIC: '有',
  GOOD: '优',
  EXCELLENT: '精',
}

/** 11-digit mobile or fixed line with area code, as the server accepts (empty allowed). */
export const PHONE_PATTERN = /^$|^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/

export const stationApi = {
  async list(
    query: PageQuery & { regionCode?: string; q?: string },
    options: { silent?: boolean } = {},
  ): Promise<Page<Station>> {
    const { data } = await http.get<Page<Station>>('/api/organization/stations', {
      params: cleanParams(query),
      silent: options.silent,
    })
    return data
  },
  async get(id: number): Promise<Station> {
    const { data } = await http.get<Station>(`/api/organization/stations/${id}`)
    return data
  },
  async create(body: StationRequest): Promise<Station> {
    const { data } = await http.post<Station>('/api/organization/stations', body, { silent: true })
    return data
  },
  async update(id: number, body: StationRequest): Promise<Station> {
    const { data } = await http.put<Station>(`/api/organization/stations/${id}`, body, {
      silent: true,
    })
    return data
  },
  async remove(id: number): Promise<void> {
    await http.delete(`/api/organization/stations/${id}`)
  },
}

export const staffApi = {
  async list(query: PageQuery & { stationId?: number; q?: string }): Promise<Page<Staff>> {
    const { data } = await http.get<Page<Staff>>('/api/organization/staff', {
      params: cleanParams(query),
    })
    return data
  },
  async get(id: number): Promise<Staff> {
    const { data } = await http.get<Staff>(`/api/organization/staff/${id}`)
    return data
  },
  async create(body: StaffRequest): Promise<Staff> {
    const { data } = await http.post<Staff>('/api/organization/staff', body, { silent: true })
    return data
  },
  async update(id: number, body: StaffRequest): Promise<Staff> {
    const { data } = await http.put<Staff>(`/api/organization/staff/${id}`, body, { silent: true })
    return data
  },
  async remove(id: number): Promise<void> {
    await http.delete(`/api/organization/staff/${id}`)
  },
}
