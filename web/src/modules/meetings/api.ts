import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Meetings". */
export type MeetingKind = 'LEADING_GROUP' | 'DOUBLE_SUPPORT'
export type ActionStatus = 'OPEN' | 'DONE'
export type ActionEventKind = 'PROGRESS' | 'SUPERVISION' | 'CLOSED' | 'RETURNED'

export const meetingKindLabels: Record<MeetingKind, string> = {
  LEADING_GROUP: '领导小组会议',
  DOUBLE_SUPPORT: '双拥工作会议',
}

export const actionStatusLabels: Record<ActionStatus, string> = {
  OPEN: '办理中',
  DONE: '已办结',
}

export const eventKindLabels: Record<ActionEventKind, string> = {
  PROGRESS: '进展报告',
  SUPERVISION: '督办',
  CLOSED: '办结',
  RETURNED: '退回',
}

export const eventKindTypes: Record<ActionEventKind, 'primary' | 'danger' | 'success' | 'warning'> =
  {
    PROGRESS: 'primary',
    SUPERVISION: 'danger',
    CLOSED: 'success',
    RETURNED: 'warning',
  }

export interface Attendee {
  unit: string
  name: string | null
  post: string | null
}

export interface ActionEvent {
  id: number
  kind: ActionEventKind
  note: string
  happenedOn: string
  recordedBy: string
  recordedAt: string
}

export interface ActionItem {
  id: number
  meetingId: number
  meetingTitle: string
  meetingKind: MeetingKind
  meetingHeldOn: string
  meetingRegionCode: string
  position: number
  decision: string
  responsibleUnit: string
  responsiblePerson: string
  regionCode: string
  regionName: string
  deadline: string
  status: ActionStatus
  overdue: boolean
  daysOverdue: number
  supervisions: number
  closedOn: string | null
  closingNote: string | null
  closedBy: string | null
  createdAt: string
  events: ActionEvent[]
}

export interface Meeting {
  id: number
  kind: MeetingKind
  title: string
  heldOn: string
  location: string | null
  agenda: string
  minutes: string | null
  regionCode: string
  regionName: string
  createdBy: string
  createdAt: string
  decisions: number
  decisionsDone: number
  decisionsOverdue: number
  attendees: Attendee[]
  actionItems: ActionItem[]
}

export interface MeetingRequest {
  kind: MeetingKind | null
  title: string
  heldOn: string | null
  location: string | null
  agenda: string
  minutes: string | null
  attendees: Attendee[]
  regionCode: string | null
}

export interface ActionItemRequest {
  decision: string
  responsibleUnit: string
  responsiblePerson: string
  regionCode: string | null
  deadline: string | null
}

export interface MeetingQuery extends PageQuery {
  kind?: MeetingKind | null
  text?: string | null
}

export interface ActionItemQuery extends PageQuery {
  status?: ActionStatus | null
  overdue?: boolean | null
  dueWithinDays?: number | null
}

/** What the convener and the responsible unit do to a decision, each with a note. */
export type ActionStep = 'progress' | 'closure' | 'supervision' | 'return'

export const stepLabels: Record<ActionStep, string> = {
  progress: '报告进展',
  closure: '办结',
  supervision: '督办',
  return: '退回',
}

/** The share of a meeting's decisions that are done, as a whole percentage. */
export function donePercent(meeting: Pick<Meeting, 'decisions' | 'decisionsDone'>): number {
  return meeting.decisions === 0 ? 0 : Math.round((meeting.decisionsDone * 100) / meeting.decisions)
}

export const meetingsApi = {
  async list(query: MeetingQuery): Promise<Page<Meeting>> {
    const { data } = await http.get<Page<Meeting>>('/api/meetings', { params: cleanParams(query) })
    return data
  },
  async get(id: number): Promise<Meeting> {
    const { data } = await http.get<Meeting>(`/api/meetings/${id}`, { silent: true })
    return data
  },
  async create(body: MeetingRequest): Promise<Meeting> {
    const { data } = await http.post<Meeting>('/api/meetings', body, { silent: true })
    return data
  },
  async update(id: number, body: MeetingRequest): Promise<Meeting> {
    const { data } = await http.put<Meeting>(`/api/meetings/${id}`, body, { silent: true })
    return data
  },
  async addDecision(meetingId: number, body: ActionItemRequest): Promise<ActionItem> {
    const { data } = await http.post<ActionItem>(`/api/meetings/${meetingId}/action-items`, body, {
      silent: true,
    })
    return data
  },
  async items(query: ActionItemQuery): Promise<Page<ActionItem>> {
    const { data } = await http.get<Page<ActionItem>>('/api/meetings/action-items', {
      params: cleanParams(query),
    })
    return data
  },
  async item(id: number): Promise<ActionItem> {
    const { data } = await http.get<ActionItem>(`/api/meetings/action-items/${id}`)
    return data
  },
  async step(id: number, step: ActionStep, note: string): Promise<ActionItem> {
    const { data } = await http.post<ActionItem>(
      `/api/meetings/action-items/${id}/${step}`,
      { note },
      { silent: true },
    )
    return data
  },
}
