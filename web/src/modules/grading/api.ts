import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'
import type { StationGrade } from '@/modules/organization/api'

export { stationGradeLabels, type StationGrade } from '@/modules/organization/api'

/** See docs/api.md "Grading". */
export type AssessmentStatus = 'DRAFT' | 'SUBMITTED' | 'REVIEWED' | 'RATED'

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  REVIEWED: '乡镇已审核',
  RATED: '已评定',
}

export const assessmentStatusTypes: Record<
  AssessmentStatus,
  'info' | 'warning' | 'primary' | 'success'
> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  REVIEWED: 'primary',
  RATED: 'success',
}

export const gradeTagTypes: Record<StationGrade, 'info' | 'primary' | 'success'> = {
  BASIC: 'info',
  GOOD: 'primary',
  EXCELLENT: 'success',
}

export interface Criterion {
  id: number
  position: number
  title: string
  weight: number
  evidence: string
}

export interface CriteriaSet {
  id: number
  grade: StationGrade
  firstYear: number
  name: string
  source: string
  passScore: number
  criteria: Criterion[]
}

export interface AssessmentItem {
  criterion: Criterion
  selfMet: boolean
  selfNote: string | null
  reviewMet: boolean | null
  ratingMet: boolean | null
}

export interface ImprovementTask {
  id: number
  assessmentId: number
  stationName: string
  year: number
  criterion: string
  regionCode: string
  dueOn: string
  done: boolean
  doneNote: string | null
  doneOn: string | null
}

export interface Assessment {
  id: number
  stationId: number
  stationName: string
  regionCode: string
  regionName: string
  year: number
  targetGrade: StationGrade
  setId: number
  setName: string
  setSource: string
  passScore: number
  status: AssessmentStatus
  areaSqm: number
  rooms: number
  openingHours: string
  selfNote: string | null
  createdBy: string
  submittedBy: string | null
  submittedAt: string | null
  reviewedBy: string | null
  reviewNote: string | null
  reviewedAt: string | null
  ratedBy: string | null
  ratingNote: string | null
  ratedAt: string | null
  score: number | null
  achieved: boolean | null
  needsTownshipReview: boolean
  items: AssessmentItem[]
  tasks: ImprovementTask[]
}

export interface StationStanding {
  stationId: number
  stationName: string
  regionCode: string
  regionName: string
  grade: StationGrade
  assessmentId: number | null
  year: number | null
  status: AssessmentStatus | null
  score: number | null
  areaSqm: number | null
  rooms: number | null
  openingHours: string | null
  openTasks: number
}

export interface GradeCount {
  regionCode: string
  regionName: string
  basic: number
  good: number
  excellent: number
}

export interface Finding {
  criterionId: number
  met: boolean
  note?: string | null
}

export interface AssessmentRequest {
  stationId: number
  year: number
  targetGrade: StationGrade
  areaSqm: number | null
  rooms: number | null
  openingHours: string
  selfNote: string | null
  items: Finding[]
}

export interface JudgementRequest {
  findings: Finding[]
  note: string | null
  improveBy: string | null
}

export interface AssessmentQuery extends PageQuery {
  year?: number | null
  status?: AssessmentStatus | null
}

/** The score a set of findings gives: the weights of the criteria met. */
export function scoreOf(criteria: Criterion[], met: Record<number, boolean>): number {
  return criteria.filter((c) => met[c.id]).reduce((sum, c) => sum + c.weight, 0)
}

export const gradingApi = {
  async stations(query: PageQuery): Promise<Page<StationStanding>> {
    const { data } = await http.get<Page<StationStanding>>('/api/grading/stations', {
      params: cleanParams(query),
    })
    return data
  },
  async overview(): Promise<GradeCount[]> {
    const { data } = await http.get<GradeCount[]>('/api/grading/overview')
    return data
  },
  async history(stationId: number): Promise<Assessment[]> {
    const { data } = await http.get<Assessment[]>(`/api/grading/stations/${stationId}/history`)
    return data
  },
  async criteria(grade: StationGrade, year: number): Promise<CriteriaSet> {
    const { data } = await http.get<CriteriaSet>('/api/grading/criteria/current', {
      params: { grade, year },
      silent: true,
    })
    return data
  },
  async list(query: AssessmentQuery): Promise<Page<Assessment>> {
    const { data } = await http.get<Page<Assessment>>('/api/grading/assessments', {
      params: cleanParams(query),
    })
    return data
  },
  async get(id: number): Promise<Assessment> {
    const { data } = await http.get<Assessment>(`/api/grading/assessments/${id}`, { silent: true })
    return data
  },
  async create(body: AssessmentRequest): Promise<Assessment> {
    const { data } = await http.post<Assessment>('/api/grading/assessments', body, { silent: true })
    return data
  },
  async update(id: number, body: AssessmentRequest): Promise<Assessment> {
    const { data } = await http.put<Assessment>(`/api/grading/assessments/${id}`, body, {
      silent: true,
    })
    return data
  },
  async submit(id: number): Promise<Assessment> {
    const { data } = await http.post<Assessment>(`/api/grading/assessments/${id}/submission`)
    return data
  },
  async judge(id: number, kind: 'review' | 'rating', body: JudgementRequest): Promise<Assessment> {
    const { data } = await http.post<Assessment>(`/api/grading/assessments/${id}/${kind}`, body, {
      silent: true,
    })
    return data
  },
  async giveBack(id: number, note: string): Promise<Assessment> {
    const { data } = await http.post<Assessment>(
      `/api/grading/assessments/${id}/return`,
      { note },
      { silent: true },
    )
    return data
  },
  async completeTask(id: number, note: string): Promise<ImprovementTask> {
    const { data } = await http.post<ImprovementTask>(
      `/api/grading/tasks/${id}/completion`,
      { note },
      { silent: true },
    )
    return data
  },
}
