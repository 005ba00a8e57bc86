import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'
import type { Veteran } from './veterans'

// Life events: death, transfer, age reminders. See docs/api.md "Registry".

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
