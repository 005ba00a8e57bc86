import { http } from '@/shared/api/http'
import type { Region } from '@/shared/types'

export interface RegionMatch extends Region {
  path: string
}

/** Region look-ups of the organization module, used by shared pickers too. */
export const regionApi = {
  async scopeRoot(): Promise<Region> {
    const { data } = await http.get<Region>('/api/organization/regions/scope-root')
    return data
  },
  async get(code: string): Promise<Region> {
    const { data } = await http.get<Region>(`/api/organization/regions/${code}`)
    return data
  },
  async children(code: string): Promise<Region[]> {
    const { data } = await http.get<Region[]>(`/api/organization/regions/${code}/children`)
    return data
  },
  async path(code: string): Promise<Region[]> {
    const { data } = await http.get<Region[]>(`/api/organization/regions/${code}/path`)
    return data
  },
  async search(q: string, limit = 20): Promise<RegionMatch[]> {
    const { data } = await http.get<RegionMatch[]>('/api/organization/regions', {
      params: { q, limit },
    })
    return data
  },
}
