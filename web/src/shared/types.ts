/** Types shared by several modules. */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'

export interface Region {
  code: string
  name: string
  level: RegionLevel
  parentCode: string | null
  validFrom?: string | null
  validTo?: string | null
  hasChildren: boolean
}

export const regionLevelLabels: Record<RegionLevel, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县',
  TOWNSHIP: '乡镇',
  VILLAGE: '村',
}

export function regionLevelLabel(level: string | null | undefined): string {
  return (level && regionLevelLabels[level as RegionLevel]) || level || ''
}

export interface RoleRef {
  code: string
  name: string
}

export interface Me {
  id: number
  username: string
  displayName: string
  roles: RoleRef[]
  permissions: string[]
  scope: { code: string; name: string; level: RegionLevel } | null
  mustChangePassword: boolean
}
