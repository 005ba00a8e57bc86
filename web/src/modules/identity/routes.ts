import type { RouteRecordRaw } from 'vue-router'

/** Full-screen pages outside the main layout. */
export const identityPublicRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/LoginView.vue'),
    meta: { public: true, title: '登录' },
  },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('./views/ChangePasswordView.vue'),
    meta: { title: '修改密码' },
  },
]

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const identityRoutes: RouteRecordRaw[] = [
  {
    path: '/identity/users',
    name: 'identity-users',
    component: () => import('./views/UserListView.vue'),
    meta: { title: '用户管理', permission: 'identity:user:list', icon: 'Avatar' },
  },
  {
    path: '/identity/roles',
    name: 'identity-roles',
    component: () => import('./views/RoleListView.vue'),
    meta: { title: '角色权限', permission: 'identity:role:list', icon: 'Key' },
  },
  {
    path: '/identity/audit',
    name: 'identity-audit',
    component: () => import('./views/AuditLogView.vue'),
    meta: { title: '审计日志', permission: 'identity:audit:list', icon: 'Document' },
  },
]
