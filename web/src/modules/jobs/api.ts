import { http } from '@/shared/api/http'

export type JobStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED'

/** Long-running work (import, export) the UI polls for its progress; see docs/api.md "Jobs". */
export interface Job {
  id: number
  kind: string
  title: string
  status: JobStatus
  /** Rows to process; null while not known yet. */
  total: number | null
  processed: number
  /** 0–100 (100 only once SUCCEEDED). */
  percent: number
  summary: string | null
  /** Set when the job produced a file (e.g. an import's error report). */
  fileName: string | null
  createdAt: string
  finishedAt: string | null
}

export const jobStatusLabels: Record<JobStatus, string> = {
  RUNNING: '进行中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
  CANCELLED: '已取消',
}

export const jobApi = {
  /** The caller's 20 most recent jobs. */
  async recent(): Promise<Job[]> {
    const { data } = await http.get<Job[]>('/api/jobs')
    return data
  },
  async get(id: number, options: { silent?: boolean } = {}): Promise<Job> {
    const { data } = await http.get<Job>(`/api/jobs/${id}`, { silent: options.silent })
    return data
  },
  /** Asks the job to stop; 409 CONFLICT when it has already ended. */
  async cancel(id: number): Promise<void> {
    await http.post(`/api/jobs/${id}/cancel`)
  },
  /** Where the browser downloads the job's file (an attachment), for `<a :href>`. */
  fileUrl(id: number): string {
    return `/api/jobs/${id}/file`
  },
}
