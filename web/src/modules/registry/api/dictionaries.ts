import { http } from '@/shared/api/http'

// Code lists (字典) of the registry.

export type DictionaryKind =
  | 'BENEFICIARY_CATEGORY'
  | 'MILITARY_BRANCH'
  | 'DISCHARGE_TYPE'
  | 'EDUCATION'
  | 'POLITICAL_STATUS'
  | 'RELATIONSHIP'

export interface DictionaryItem {
  kind: DictionaryKind
  code: string
  label: string
  sortOrder: number
  builtin: boolean
  active: boolean
}

export const dictionaryApi = {
  async list(kind: DictionaryKind, includeInactive = false): Promise<DictionaryItem[]> {
    const { data } = await http.get<DictionaryItem[]>(`/api/registry/dictionaries/${kind}`, {
      params: includeInactive ? { includeInactive: true } : undefined,
      silent: true,
    })
    return data
  },
}
