import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

/** See docs/api.md "Employment". Monthly pay is integer fen (分) on the wire. */
export type EmployerKind =
  | 'GOVERNMENT'
  | 'MASS_ORGANIZATION'
  | 'PUBLIC_INSTITUTION'
  | 'STATE_OWNED'
  | 'PRIVATE'
  | 'SOCIAL_ORGANIZATION'
export type JobPostingKind =
  | 'GENERAL'
  | 'CIVIL_SERVANT_TARGETED'
  | 'PLACEMENT'
  | 'PUBLIC_WELFARE'
  | 'FIREFIGHTER'
  | 'COMMUNITY_WORKER'
export type EmploymentStatus = 'EMPLOYED' | 'UNEMPLOYED' | 'SELF_EMPLOYED' | 'FLEXIBLE' | 'STUDYING'
export type ReferralStatus = 'REFERRED' | 'INTERVIEWED' | 'HIRED' | 'NOT_HIRED' | 'DECLINED'

export interface Employer {
  id: number
  regionCode: string
  name: string
  kind: EmployerKind
  creditCode: string | null
  industry: string | null
  contactName: string | null
  contactPhone: string | null
  address: string | null
  agreementNo: string | null
  agreementUntil: string | null
  active: boolean
  openPosts: number
  createdBy: string
  createdAt: string
}

export interface EmployerRequest {
  regionCode?: string | null
  name: string
  kind: EmployerKind
  creditCode: string | null
  industry: string | null
  contactName: string | null
  contactPhone: string | null
  address: string | null
  agreementNo: string | null
  agreementUntil: string | null
  active: boolean
}

export interface JobPosting {
  id: number
  employerId: number
  employerName: string
  employerKind: EmployerKind
  employerIndustry: string | null
  regionCode: string
  title: string
  kind: JobPostingKind
  workplaceRegionCode: string
  education: string | null
  veteranEducation: string | null
  ageMax: number | null
  veteranAgeMax: number | null
  minServiceYears: number | null
  skills: string[]
  certificates: string[]
  physical: string | null
  payMinFen: number | null
  payMaxFen: number | null
  openings: number
  filled: number
  validFrom: string
  validUntil: string
  description: string | null
  closed: boolean
  open: boolean
  createdBy: string
  createdAt: string
}

export interface JobPostingRequest {
  employerId?: number
  title: string
  kind: JobPostingKind
  workplaceRegionCode: string
  education: string | null
  veteranEducation: string | null
  ageMax: number | null
  veteranAgeMax: number | null
  minServiceYears: number | null
  skills: string[]
  certificates: string[]
  physical: string | null
  payMinFen: number | null
  payMaxFen: number | null
  openings: number
  validFrom: string
  validUntil: string
  description: string | null
  closed: boolean
}

export interface StatusChange {
  id: number
  status: EmploymentStatus
  since: string
  employerName: string | null
  source: 'STAFF' | 'REFERRAL'
  note: string | null
  recordedBy: string
  recordedAt: string
}

export interface Profile {
  veteranId: number
  name: string
  gender: string
  birthDate: string
  regionCode: string
  education: string | null
  enlistmentDate: string | null
  dischargeDate: string | null
  dischargeType: string | null
  status: EmploymentStatus
  statusSince: string
  employerName: string | null
  seeking: boolean
  intendedIndustry: string | null
  intendedRegion: string | null
  intendedPayFen: number | null
  skills: string[]
  certificates: string[]
  note: string | null
  updatedBy: string
  updatedAt: string
  history: StatusChange[]
}

export interface ProfileRequest {
  veteranId?: number
  status: EmploymentStatus
  statusSince: string
  employerName: string | null
  seeking: boolean
  intendedIndustry: string | null
  intendedRegion: string | null
  intendedPayFen: number | null
  skills: string[]
  certificates: string[]
  note: string | null
  statusNote: string | null
}

export interface Criterion {
  name: string
  hard: boolean
  met: boolean
  points: number
  maxPoints: number
  detail: string
}

export interface Match {
  postId: number
  postTitle: string
  employerName: string
  veteranId: number
  veteranName: string
  regionCode: string
  workplaceRegionCode: string
  eligible: boolean
  score: number
  criteria: Criterion[]
}

export interface ReferralStep {
  id: number
  status: ReferralStatus
  happenedOn: string
  note: string | null
  recordedBy: string
  recordedAt: string
}

export interface Referral {
  id: number
  postId: number
  postTitle: string
  employerName: string
  veteranId: number
  veteranName: string
  regionCode: string
  score: number
  status: ReferralStatus
  followUpOn: string | null
  outcomeOn: string | null
  referredOn: string
  referredBy: string
  referredAt: string
  steps: ReferralStep[]
}

export interface StepRequest {
  status: ReferralStatus
  on: string
  note: string | null
  nextFollowUp: string | null
}

export const employerKindLabels: Record<EmployerKind, string> = {
  GOVERNMENT: '机关',
  MASS_ORGANIZATION: '群团组织',
  PUBLIC_INSTITUTION: '事业单位',
  STATE_OWNED: '国有企业',
  PRIVATE: '民营企业',
  SOCIAL_ORGANIZATION: '社会组织',
}

export const postKindLabels: Record<JobPostingKind, string> = {
  GENERAL: '一般岗位',
  CIVIL_SERVANT_TARGETED: '基层公务员定向职位',
  PLACEMENT: '安排工作岗位',
  PUBLIC_WELFARE: '公益性岗位',
  FIREFIGHTER: '消防员定向招聘',
  COMMUNITY_WORKER: '村/社区专职工作人员',
}

export const statusLabels: Record<EmploymentStatus, string> = {
  EMPLOYED: '就业',
  UNEMPLOYED: '待业',
  SELF_EMPLOYED: '创业',
  FLEXIBLE: '灵活就业',
  STUDYING: '升学',
}

export const referralStatusLabels: Record<ReferralStatus, string> = {
  REFERRED: '已推荐',
  INTERVIEWED: '已面试',
  HIRED: '录用',
  NOT_HIRED: '未录用',
  DECLINED: '放弃',
}

export const referralTagTypes: Record<ReferralStatus, 'primary' | 'success' | 'warning' | 'info'> =
  {
    REFERRED: 'primary',
    INTERVIEWED: 'warning',
    HIRED: 'success',
    NOT_HIRED: 'info',
    DECLINED: 'info',
  }

/** The registry's 学历 codes (lower is higher), as the server checks them. */
export const educationLabels: Record<string, string> = {
  '10': '研究生',
  '20': '大学本科',
  '30': '大学专科',
  '40': '中等专科',
  '50': '技工学校',
  '60': '高中',
  '70': '初中',
  '80': '小学',
  '90': '文盲或半文盲',
}

/** The steps a referral may take next. */
export function nextSteps(status: ReferralStatus): ReferralStatus[] {
  switch (status) {
    case 'REFERRED':
      return ['INTERVIEWED', 'HIRED', 'NOT_HIRED', 'DECLINED']
    case 'INTERVIEWED':
      return ['HIRED', 'NOT_HIRED', 'DECLINED']
    default:
      return []
  }
}

/** Monthly pay as whole yuan: 6500 for 650000 fen, a range as "6500–8500 元/月". */
export function payRange(minFen: number | null, maxFen: number | null): string {
  const yuan = (fen: number) => String(Math.round(fen / 100))
  if (minFen === null && maxFen === null) return '面议'
  if (minFen !== null && maxFen !== null) return `${yuan(minFen)}–${yuan(maxFen)} 元/月`
  return minFen !== null ? `${yuan(minFen)} 元/月起` : `最高 ${yuan(maxFen as number)} 元/月`
}

/** A post's age and education limits, the relaxed ones for veterans named (Art 42). */
export function limitsText(post: JobPosting): string {
  const parts: string[] = []
  if (post.ageMax !== null) {
    parts.push(
      post.veteranAgeMax !== null
        ? `${post.ageMax}岁以下（退役军人放宽至${post.veteranAgeMax}岁）`
        : `${post.ageMax}岁以下`,
    )
  }
  if (post.education) {
    const base = educationLabels[post.education] ?? post.education
    parts.push(
      post.veteranEducation
        ? `${base}及以上（退役军人放宽至${educationLabels[post.veteranEducation] ?? post.veteranEducation}）`
        : `${base}及以上`,
    )
  }
  if (post.minServiceYears) parts.push(`服现役满${post.minServiceYears}年`)
  return parts.length > 0 ? parts.join('，') : '不限'
}

export interface JobPostingQuery extends PageQuery {
  q?: string
  kind?: JobPostingKind | null
  employerId?: number | null
  open?: boolean
}

export interface ProfileQuery extends PageQuery {
  q?: string
  status?: EmploymentStatus | null
  seeking?: boolean | null
  dischargeYear?: number | null
}

export interface ReferralQuery extends PageQuery {
  status?: ReferralStatus | null
  postId?: number | null
  veteranId?: number | null
  due?: boolean
}

export const employmentApi = {
  async employers(
    query: PageQuery & { q?: string; kind?: EmployerKind | null },
  ): Promise<Page<Employer>> {
    const { data } = await http.get<Page<Employer>>('/api/employment/employers', {
      params: cleanParams(query),
    })
    return data
  },
  async createEmployer(body: EmployerRequest): Promise<Employer> {
    const { data } = await http.post<Employer>('/api/employment/employers', body, { silent: true })
    return data
  },
  async updateEmployer(id: number, body: EmployerRequest): Promise<Employer> {
    const { data } = await http.put<Employer>(`/api/employment/employers/${id}`, body, {
      silent: true,
    })
    return data
  },
  async posts(query: JobPostingQuery): Promise<Page<JobPosting>> {
    const { data } = await http.get<Page<JobPosting>>('/api/employment/posts', {
      params: cleanParams(query),
    })
    return data
  },
  async post(id: number): Promise<JobPosting> {
    const { data } = await http.get<JobPosting>(`/api/employment/posts/${id}`, { silent: true })
    return data
  },
  async createPost(body: JobPostingRequest): Promise<JobPosting> {
    const { data } = await http.post<JobPosting>('/api/employment/posts', body, { silent: true })
    return data
  },
  async updatePost(id: number, body: JobPostingRequest): Promise<JobPosting> {
    const { data } = await http.put<JobPosting>(`/api/employment/posts/${id}`, body, {
      silent: true,
    })
    return data
  },
  async veteransFor(postId: number, limit = 50): Promise<Match[]> {
    const { data } = await http.get<Match[]>(`/api/employment/posts/${postId}/matches`, {
      params: { limit },
    })
    return data
  },
  async profiles(query: ProfileQuery): Promise<Page<Profile>> {
    const { data } = await http.get<Page<Profile>>('/api/employment/profiles', {
      params: cleanParams(query),
    })
    return data
  },
  async profile(veteranId: number): Promise<Profile> {
    const { data } = await http.get<Profile>(`/api/employment/profiles/${veteranId}`, {
      silent: true,
    })
    return data
  },
  async createProfile(body: ProfileRequest): Promise<Profile> {
    const { data } = await http.post<Profile>('/api/employment/profiles', body, { silent: true })
    return data
  },
  async updateProfile(veteranId: number, body: ProfileRequest): Promise<Profile> {
    const { data } = await http.put<Profile>(`/api/employment/profiles/${veteranId}`, body, {
      silent: true,
    })
    return data
  },
  async postsFor(veteranId: number, all = false): Promise<Match[]> {
    const { data } = await http.get<Match[]>(`/api/employment/profiles/${veteranId}/matches`, {
      params: all ? { all: true } : {},
    })
    return data
  },
  async referrals(query: ReferralQuery): Promise<Page<Referral>> {
    const { data } = await http.get<Page<Referral>>('/api/employment/referrals', {
      params: cleanParams(query),
    })
    return data
  },
  async refer(postId: number, veteranId: number): Promise<Referral> {
    const { data } = await http.post<Referral>('/api/employment/referrals', { postId, veteranId })
    return data
  },
  async recordStep(id: number, body: StepRequest): Promise<Referral> {
    const { data } = await http.post<Referral>(`/api/employment/referrals/${id}/steps`, body, {
      silent: true,
    })
    return data
  },
}
