import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Publicity". */
export type ArticleStatus = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN'
export type PublicationChannel = 'PORTAL' | 'WECHAT' | 'SMS'

export const channelLabels: Record<PublicationChannel, string> = {
  PORTAL: '门户',
  WECHAT: '微信',
  SMS: '短信摘要',
}

export const articleStatusLabels: Record<ArticleStatus, string> = {
  DRAFT: '草稿',
  PUBLISHED: '已发布',
  WITHDRAWN: '已撤回',
}

export const articleStatusTagTypes: Record<ArticleStatus, 'info' | 'success' | 'warning'> = {
  DRAFT: 'info',
  PUBLISHED: 'success',
  WITHDRAWN: 'warning',
}

export interface PolicyArticle {
  id: number
  title: string
  summary: string | null
  body: string
  channels: PublicationChannel[]
  publishDate: string | null
  status: ArticleStatus
  regionCode: string
  regionName: string
  createdBy: string
  createdAt: string
  publishedBy: string | null
  publishedAt: string | null
}

export interface ArticleRequest {
  title: string
  summary: string | null
  body: string
  channels: PublicationChannel[]
  publishDate: string | null
  regionCode: string | null
}

export interface ArticleQuery extends PageQuery {
  status?: ArticleStatus | null
}

export const articleApi = {
  async list(query: ArticleQuery): Promise<Page<PolicyArticle>> {
    const { data } = await http.get<Page<PolicyArticle>>('/api/publicity/articles', {
      params: cleanParams(query),
    })
    return data
  },
  async create(body: ArticleRequest): Promise<PolicyArticle> {
    const { data } = await http.post<PolicyArticle>('/api/publicity/articles', body, {
      silent: true,
    })
    return data
  },
  async update(id: number, body: ArticleRequest): Promise<PolicyArticle> {
    const { data } = await http.put<PolicyArticle>(`/api/publicity/articles/${id}`, body, {
      silent: true,
    })
    return data
  },
  async publish(id: number): Promise<PolicyArticle> {
    const { data } = await http.post<PolicyArticle>(`/api/publicity/articles/${id}/publication`)
    return data
  },
  async withdraw(id: number): Promise<PolicyArticle> {
    const { data } = await http.post<PolicyArticle>(`/api/publicity/articles/${id}/withdrawal`)
    return data
  },
  async feed(query: PageQuery): Promise<Page<PolicyArticle>> {
    const { data } = await http.get<Page<PolicyArticle>>('/api/publicity/feed', {
      params: cleanParams(query),
    })
    return data
  },
}
