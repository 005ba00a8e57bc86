import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'

// Veteran files (人员档案): search, register, correct, reveal a number, export; the roster
// import. See docs/api.md "Registry".

export type Gender = 'MALE' | 'FEMALE'

export type RevealField = 'idNumber' | 'phone' | 'bankAccount'

export interface Veteran {
  id: number
  name: string
  gender: Gender | null
  birthDate: string | null
  idNumberMasked: string | null
  phoneMasked: string | null
  bankName: string | null
  bankAccountMasked: string | null
  householdRegionCode: string
  householdRegionName: string | null
  address: string | null
  education: string | null
  politicalStatus: string | null
  enlistmentDate: string | null
  dischargeDate: string | null
  militaryBranch: string | null
  militaryRank: string | null
  dischargeType: string | null
  serviceUnit: string | null
  hardship: boolean
  namePinyin?: string[]
  nameInitials?: string[]
  categories: string[]
  /** Null until a death is reported (see the life events below). */
  deathDate?: string | null
  deathSource?: string | null
}

/**
 * Create/update body. On update a null idNumber, phone or bankAccount keeps the stored value
 * (the form only had the mask); "" removes a phone or bank account.
 */
export interface VeteranRequest {
  name: string
  idNumber: string | null
  phone: string | null
  bankName: string
  bankAccount: string | null
  householdRegionCode: string
  address: string
  education: string | null
  politicalStatus: string | null
  enlistmentDate: string | null
  dischargeDate: string | null
  militaryBranch: string | null
  militaryRank: string
  dischargeType: string | null
  serviceUnit: string
  hardship: boolean
}

export interface VeteranQuery extends PageQuery {
  q?: string
  idNumber?: string
  phone?: string
  regionCode?: string | null
  category?: string | null
  status?: string | null
  ageFrom?: number | null
  ageTo?: number | null
  /** `name|birthDate|createdAt|regionCode`, optionally `,desc`. */
  sort?: string | null
}

export const genderLabels: Record<Gender, string> = { MALE: '男', FEMALE: '女' }

/** localStorage key of the veteran list's visible columns (see useColumnSettings). */
export const VETERAN_COLUMNS_STORAGE_KEY = 'rongjun.registry.veteran-list.columns'

/** 11-digit mobile or fixed line with area code (empty allowed). */
export const PHONE_PATTERN = /^$|^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/

export const veteranApi = {
  async list(query: VeteranQuery): Promise<Page<Veteran>> {
    const { data } = await http.get<Page<Veteran>>('/api/registry/veterans', {
      params: cleanParams(query),
    })
    return data
  },
  async get(id: number): Promise<Veteran> {
    const { data } = await http.get<Veteran>(`/api/registry/veterans/${id}`)
    return data
  },
  async create(body: VeteranRequest): Promise<Veteran> {
    const { data } = await http.post<Veteran>('/api/registry/veterans', body, { silent: true })
    return data
  },
  async update(id: number, body: VeteranRequest): Promise<Veteran> {
    const { data } = await http.put<Veteran>(`/api/registry/veterans/${id}`, body, {
      silent: true,
    })
    return data
  },
  /** The full number (audited); value null when none is stored. */
  async reveal(id: number, field: RevealField): Promise<string | null> {
    const { data } = await http.post<{ field: string; value: string | null }>(
      `/api/registry/veterans/${id}/reveal`,
      { field },
    )
    return data.value
  },
  /** Where the browser downloads the search result (an attachment), for `<a :href>`. */
  exportUrl(format: 'xlsx' | 'csv', query: VeteranQuery): string {
    const params = new URLSearchParams({ format })
    for (const [key, value] of Object.entries(cleanParams(query))) {
      if (key !== 'page' && key !== 'size') params.append(key, String(value))
    }
    return `/api/registry/veterans/export?${params.toString()}`
  },
}

export const importApi = {
  templateUrl(format: 'xlsx' | 'csv'): string {
    return `/api/registry/imports/template?format=${format}`
  },
  /** Multipart upload through the shared http instance (so the CSRF header is sent). */
  async start(file: File): Promise<{ jobId: number }> {
    const body = new FormData()
    body.append('file', file, file.name)
    const { data } = await http.post<{ jobId: number }>('/api/registry/imports', body, {
      silent: true,
    })
    return data
  },
}
