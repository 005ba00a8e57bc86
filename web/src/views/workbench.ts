import { http } from '@/shared/api/http'

/** One line of the to-do board (GET /api/workbench, docs/api.md). */
export interface WorkItem {
  key: string
  module: string
  title: string
  count: number
  route: string
  urgency: 'NORMAL' | 'SOON' | 'OVERDUE'
}

export async function fetchWorkItems(): Promise<WorkItem[]> {
  const { data } = await http.get<WorkItem[]>('/api/workbench', { silent: true })
  return data
}

/** Element Plus tag type per urgency: overdue work is red, work due soon amber. */
export function urgencyTagType(urgency: WorkItem['urgency']): 'danger' | 'warning' | 'info' {
  return urgency === 'OVERDUE' ? 'danger' : urgency === 'SOON' ? 'warning' : 'info'
}

export function urgencyLabel(urgency: WorkItem['urgency']): string {
  return urgency === 'OVERDUE' ? '已逾期' : urgency === 'SOON' ? '即将到期' : '待处理'
}
