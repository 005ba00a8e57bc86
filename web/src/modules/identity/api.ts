import { cleanParams, http, type Page, type PageQuery } from '@/shared/api/http'
import type { Me } from '@/shared/types'

export type AdminKind = 'SYSTEM' | 'SECURITY' | 'AUDIT'

export interface User {
  id: number
  username: string
  displayName: string
  scopeCode: string
  scopeName: string
  roles: string[]
  enabled: boolean
  locked: boolean
  mustChangePassword: boolean
  lastLoginAt: string | null
}

export interface UserUpdate {
  displayName: string
  scopeCode: string
  roles: string[]
  enabled: boolean
}

export interface UserCreate extends UserUpdate {
  username: string
  password: string
}

export interface Role {
  id: number
  code: string
  name: string
  adminKind: AdminKind | null
  /** Shipped with the system: read-only, copy it to customise. */
  builtin: boolean
  permissions: string[]
}

export type RoleRequest = Omit<Role, 'id' | 'builtin'>

/** Whose work a permission is (三员分立): an administrator kind or business. */
export type Duty = AdminKind | 'BUSINESS'

export interface Permission {
  code: string
  name: string
  holders: Duty[]
}

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED'

export interface AuditEntry {
  id: number
  at: string
  username: string | null
  action: string
  operation: string | null
  object: string | null
  target: string | null
  outcome: AuditOutcome
  ip: string | null
  detail: string | null
  hash: string
}

export interface AuditQuery extends PageQuery {
  from?: string
  to?: string
  username?: string
  action?: string
  outcome?: string
}

export interface AuditVerification {
  intact: boolean
  checked: number
  firstBrokenId: number | null
  anchors: number
  lastAnchorAt: string | null
  lastAnchoredId: number | null
  problem: string | null
}

export const adminKindLabels: Record<AdminKind, string> = {
  SYSTEM: '系统管理员',
  SECURITY: '安全管理员',
  AUDIT: '审计管理员',
}

export const auditActionLabels: Record<string, string> = {
  LOGIN: '登录',
  LOGIN_FAILED: '登录失败',
  LOGOUT: '退出',
  ACCESS_DENIED: '拒绝访问',
  PASSWORD_CHANGED: '修改密码',
  ACCOUNT_LOCKED: '账号锁定',
  WRITE: '数据变更',
  EXPORT: '数据导出',
  DATA_EXPORT: '数据导出',
  VIEW: '敏感查看',
}

export const auditOutcomeLabels: Record<AuditOutcome, string> = {
  SUCCESS: '成功',
  FAILURE: '失败',
  DENIED: '拒绝',
}

export const authApi = {
  async csrf(): Promise<void> {
    await http.get('/api/auth/csrf', { silent: true, skipAuthRedirect: true })
  },
  async login(username: string, password: string): Promise<Me> {
    const { data } = await http.post<Me>(
      '/api/auth/login',
      { username, password },
      { silent: true, skipAuthRedirect: true },
    )
    return data
  },
  async logout(): Promise<void> {
    await http.post('/api/auth/logout', null, { silent: true, skipAuthRedirect: true })
  },
  async me(): Promise<Me> {
    const { data } = await http.get<Me>('/api/auth/me', { silent: true, skipAuthRedirect: true })
    return data
  },
  async changePassword(oldPassword: string, newPassword: string): Promise<void> {
    await http.post('/api/auth/password', { oldPassword, newPassword }, { silent: true })
  },
}

export const identityApi = {
  async users(query: PageQuery & { q?: string }): Promise<Page<User>> {
    const { data } = await http.get<Page<User>>('/api/identity/users', {
      params: cleanParams(query),
    })
    return data
  },
  async createUser(body: UserCreate): Promise<User> {
    const { data } = await http.post<User>('/api/identity/users', body, { silent: true })
    return data
  },
  async updateUser(id: number, body: UserUpdate): Promise<User> {
    const { data } = await http.put<User>(`/api/identity/users/${id}`, body, { silent: true })
    return data
  },
  async unlockUser(id: number): Promise<void> {
    await http.post(`/api/identity/users/${id}/unlock`)
  },
  async resetPassword(id: number, newPassword: string): Promise<void> {
    await http.post(`/api/identity/users/${id}/password-reset`, { newPassword }, { silent: true })
  },
  async roles(): Promise<Role[]> {
    const { data } = await http.get<Role[]>('/api/identity/roles')
    return data
  },
  async createRole(body: RoleRequest): Promise<Role> {
    const { data } = await http.post<Role>('/api/identity/roles', body, { silent: true })
    return data
  },
  async updateRole(id: number, body: RoleRequest): Promise<Role> {
    const { data } = await http.put<Role>(`/api/identity/roles/${id}`, body, { silent: true })
    return data
  },
  async permissions(): Promise<Permission[]> {
    const { data } = await http.get<Permission[]>('/api/identity/permissions')
    return data
  },
  async audit(query: AuditQuery): Promise<Page<AuditEntry>> {
    const { data } = await http.get<Page<AuditEntry>>('/api/identity/audit', {
      params: cleanParams(query),
    })
    return data
  },
  async verifyAudit(): Promise<AuditVerification> {
    const { data } = await http.post<AuditVerification>('/api/identity/audit/verify')
    return data
  },
}
