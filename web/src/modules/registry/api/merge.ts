import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'
import type { Veteran } from './veterans'

// Duplicate person files (重复档案) and their merge.

export type DuplicateReason = 'SAME_NAME_AND_BIRTH_DATE' | 'FAMILY_MEMBER_HAS_OWN_FILE'

export const duplicateReasonLabels: Record<DuplicateReason, string> = {
  SAME_NAME_AND_BIRTH_DATE: '姓名、出生日期相同',
  FAMILY_MEMBER_HAS_OWN_FILE: '家庭成员另有档案',
}

export interface PersonFile {
  id: number
  name: string
  birthDate: string
  idNumberMasked: string
  regionCode: string
  regionName: string
}

export interface DuplicateCandidate {
  /** Client-side row key. */
  key: string
  reason: DuplicateReason
  first: PersonFile
  /** Null when the other file lies outside the caller's scope (`elsewhere`). */
  second: PersonFile | null
  familyMemberId: number | null
  familyMemberName: string | null
  elsewhere: boolean
}

export interface FieldDifference {
  field: string
  label: string
  survivorValue: string | null
  mergedValue: string | null
  same: boolean
}

export interface FileCounts {
  familyMembers: number
  beneficiaries: number
  transferRequests: number
  confirmationItems: number
}

export interface FileComparison {
  survivor: Veteran
  merged: Veteran
  fields: FieldDifference[]
  survivorCounts: FileCounts
  mergedCounts: FileCounts
}

export interface MergeRequest {
  survivorId: number
  mergedId: number
  fieldsFromMerged: string[]
}

export interface VeteranMerge {
  id: number
  survivorId: number
  mergedId: number
  fieldsFromMerged: string[]
  moved: Record<string, number[]>
  dropped: Record<string, number[]>
  mergedBy: string
  mergedAt: string
}

export const mergeApi = {
  async candidates(query: PageQuery): Promise<Page<DuplicateCandidate>> {
    const { data } = await http.get<Page<DuplicateCandidate>>('/api/registry/duplicates', {
      params: cleanParams(query),
    })
    for (const c of data.items) {
      c.key = `${c.reason}-${c.first.id}-${c.second?.id ?? ''}-${c.familyMemberId ?? ''}`
    }
    return data
  },
  async compare(survivorId: number, mergedId: number): Promise<FileComparison> {
    const { data } = await http.get<FileComparison>('/api/registry/duplicates/compare', {
      params: { survivorId, mergedId },
    })
    return data
  },
  async merge(body: MergeRequest): Promise<VeteranMerge> {
    const { data } = await http.post<VeteranMerge>('/api/registry/merges', body, { silent: true })
    return data
  },
}
