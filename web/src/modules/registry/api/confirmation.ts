import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

// The annual confirmation (年度确认) campaigns and their items.

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
