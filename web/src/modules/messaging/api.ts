import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Messaging". */
export type Channel = 'SMS' | 'EMAIL' | 'WECHAT' | 'IN_APP'
export type CampaignStatus = 'DRAFT' | 'SENDING' | 'DONE'
export type MessageStatus =
  | 'PENDING'
  | 'SENDING'
  | 'SENT'
  | 'DELIVERED'
  | 'FAILED'
  | 'SKIPPED_OPTED_OUT'
  | 'SKIPPED_NO_ADDRESS'
export type Anniversary = 'BIRTHDAY' | 'ENLISTMENT'
export type OptOutSource = 'SMS_REPLY' | 'STAFF'

export interface Template {
  id: number
  code: string
  name: string
  title: string
  body: string
  variables: string[]
  /** The region the template belongs to; null: a shared template from before scopes. */
  scopeCode: string | null
  /** Whether this user may change it (inside their scope; those of regions above are read-only). */
  editable: boolean
  updatedAt: string
}

export interface TemplateRequest {
  code: string
  name: string
  title: string
  body: string
}

export interface TemplatePreview {
  title: string
  text: string
  length: number
  smsParts: number
}

/** A registry selection (人员范围); every field optional. */
export interface Audience {
  regionCode?: string | null
  category?: string | null
  status?: string | null
  ageFrom?: number | null
  ageTo?: number | null
  anniversary?: Anniversary | null
  on?: string | null
}

/** Whom a channel reaches in an audience, and whom it leaves out and why. */
export interface ChannelReach {
  channel: Channel
  reachable: number
  noAddress: number
  /** 无手机号 / 无平台账号 / 无邮箱地址 / 未绑定微信 */
  noAddressReason: string
  optedOut: number
}

export interface AudienceCount {
  people: number
  withPhone: number
  channels: ChannelReach[]
}

export type StatusCounts = Record<MessageStatus, number>

export interface Campaign {
  id: number
  name: string
  templateId: number
  title: string
  body: string
  channels: Channel[]
  variables: Record<string, string>
  createdBy: string
  scopeCode: string
  status: CampaignStatus
  recipientCount: number
  messageCount: number
  /** Filled on the single campaign only. */
  countsByStatus: Partial<StatusCounts>
  createdAt: string
  finishedAt: string | null
  audience: Audience | null
  scheduledAt: string | null
  queuedAt: string | null
  /** When the whole audience was in the outbox; until then the campaign cannot end. */
  audienceQueuedAt: string | null
}

export interface CampaignRequest {
  name: string
  templateId: number
  channels: Channel[]
  variables: Record<string, string>
  audience: Audience | null
  scheduledAt: string | null
}

export interface LeftOut {
  channel: Channel
  code: 'NO_ADDRESS' | 'OPTED_OUT'
  /** In words: 无手机号, 无平台账号, 已退订 … */
  reason: string
  count: number
}

export interface CampaignReport {
  countsByChannel: Partial<Record<Channel, StatusCounts>>
  leftOut: LeftOut[]
  failures: { channel: Channel; reason: string; count: number }[]
}

export interface OptOut {
  id: number
  channel: Channel
  /** Masked (138****5678): addresses are stored sealed. */
  address: string | null
  recipientKey: string | null
  source: OptOutSource
  scopeCode: string | null
  createdBy: string | null
  createdAt: string
}

export interface OptOutRequest {
  channel: Channel
  address: string | null
  recipientKey: string | null
}

export interface GreetingSetting {
  id: number
  kind: Anniversary
  scopeCode: string
  templateId: number
  channels: Channel[]
  sendTime: string
  enabled: boolean
  updatedBy: string
  updatedAt: string
}

export interface GreetingSettingRequest {
  templateId: number
  channels: Channel[]
  sendTime: string
  enabled: boolean
}

export interface InboxMessage {
  id: number
  title: string
  body: string
  createdAt: string
  readAt: string | null
}

export interface InboxListing {
  unread: number
  items: InboxMessage[]
}

export const channelLabels: Record<Channel, string> = {
  SMS: '短信',
  EMAIL: '邮件',
  WECHAT: '微信',
  IN_APP: '站内信',
}

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  DRAFT: '草稿',
  SENDING: '发送中',
  DONE: '已完成',
}

export const messageStatusLabels: Record<MessageStatus, string> = {
  PENDING: '待发送',
  SENDING: '发送中',
  SENT: '已发送',
  DELIVERED: '已送达',
  FAILED: '失败',
  SKIPPED_OPTED_OUT: '已退订跳过',
  SKIPPED_NO_ADDRESS: '无联系方式',
}

export const anniversaryLabels: Record<Anniversary, string> = {
  BIRTHDAY: '生日',
  ENLISTMENT: '入伍纪念日',
}

export const optOutSourceLabels: Record<OptOutSource, string> = {
  SMS_REPLY: '短信回复退订',
  STAFF: '工作人员登记',
}

const BASE = '/api/messaging'

export const templateApi = {
  list: () => http.get<Template[]>(`${BASE}/templates`).then((r) => r.data),
  create: (body: TemplateRequest) =>
    http.post<Template>(`${BASE}/templates`, body, { silent: true }).then((r) => r.data),
  update: (id: number, body: TemplateRequest) =>
    http.put<Template>(`${BASE}/templates/${id}`, body, { silent: true }).then((r) => r.data),
  remove: (id: number) => http.delete(`${BASE}/templates/${id}`).then(() => undefined),
  /** Silent: the editor shows a failed preview (an unknown variable) next to the text. */
  preview: (title: string, body: string, variables: Record<string, string> = {}) =>
    http
      .post<TemplatePreview>(
        `${BASE}/templates/preview`,
        { title, body, variables },
        { silent: true },
      )
      .then((r) => r.data),
}

export const campaignApi = {
  list: (query: PageQuery) =>
    http
      .get<Page<Campaign>>(`${BASE}/campaigns`, { params: cleanParams(query) })
      .then((r) => r.data),
  get: (id: number) => http.get<Campaign>(`${BASE}/campaigns/${id}`).then((r) => r.data),
  report: (id: number) =>
    http.get<CampaignReport>(`${BASE}/campaigns/${id}/report`).then((r) => r.data),
  create: (body: CampaignRequest) =>
    http.post<Campaign>(`${BASE}/campaigns`, body, { silent: true }).then((r) => r.data),
  send: (id: number) => http.post<Campaign>(`${BASE}/campaigns/${id}/send`, {}).then((r) => r.data),
  countAudience: (audience: Audience, channels: Channel[] = ['SMS']) =>
    http
      .post<AudienceCount>(`${BASE}/campaigns/audience-count`, cleanParams(audience), {
        params: { channels: channels.join(',') },
        silent: true,
      })
      .then((r) => r.data),
}

export const optOutApi = {
  list: (query: PageQuery & { channel?: Channel | null; address?: string | null }) =>
    http.get<Page<OptOut>>(`${BASE}/opt-outs`, { params: cleanParams(query) }).then((r) => r.data),
  add: (body: OptOutRequest) =>
    http.post(`${BASE}/opt-outs`, body, { silent: true }).then(() => undefined),
  remove: (id: number) => http.delete(`${BASE}/opt-outs/${id}`).then(() => undefined),
}

export const greetingApi = {
  list: () => http.get<GreetingSetting[]>(`${BASE}/greetings`).then((r) => r.data),
  save: (kind: Anniversary, body: GreetingSettingRequest) =>
    http.put(`${BASE}/greetings/${kind}`, body, { silent: true }).then(() => undefined),
}

export const inboxApi = {
  list: (unread = false) =>
    http.get<InboxListing>(`${BASE}/inbox`, { params: { unread } }).then((r) => r.data),
  markRead: (id: number) => http.post(`${BASE}/inbox/${id}/read`, {}).then(() => undefined),
}
