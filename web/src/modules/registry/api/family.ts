import { http } from '@/shared/api/http'
import type { Gender } from './veterans'

// Family members of a veteran (家庭成员). See docs/api.md "Registry".

export interface FamilyMember {
  id: number
  veteranId: number
  relationship: string
  name: string
  gender: Gender | null
  birthDate: string | null
  idNumberMasked: string | null
  phoneMasked: string | null
  deathDate?: string | null
  deathSource?: string | null
}

export interface FamilyMemberRequest {
  relationship: string
  name: string
  idNumber: string | null
  phone: string | null
}

export const familyApi = {
  async list(veteranId: number): Promise<FamilyMember[]> {
    const { data } = await http.get<FamilyMember[]>(
      `/api/registry/veterans/${veteranId}/family-members`,
    )
    return data
  },
  async create(veteranId: number, body: FamilyMemberRequest): Promise<FamilyMember> {
    const { data } = await http.post<FamilyMember>(
      `/api/registry/veterans/${veteranId}/family-members`,
      body,
      { silent: true },
    )
    return data
  },
  async update(
    veteranId: number,
    memberId: number,
    body: FamilyMemberRequest,
  ): Promise<FamilyMember> {
    const { data } = await http.put<FamilyMember>(
      `/api/registry/veterans/${veteranId}/family-members/${memberId}`,
      body,
      { silent: true },
    )
    return data
  },
}
