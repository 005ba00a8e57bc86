import type { RouteRecordRaw } from 'vue-router'

/**
 * The self-service portal for veterans (/m/…): phone-first pages with their own sign-in,
 * outside the staff layout. `meta.portal` routes are guarded by the portal session, not the
 * staff one.
 */
export const portalRoutes: RouteRecordRaw[] = [
  {
    path: '/m/login',
    name: 'portal-login',
    component: () => import('./views/PortalLoginView.vue'),
    meta: { portal: true, public: true, title: '登录 · 退役军人自助服务' },
  },
  {
    path: '/m/activate',
    name: 'portal-activate',
    component: () => import('./views/PortalActivateView.vue'),
    meta: { portal: true, public: true, title: '开通账户 · 退役军人自助服务' },
  },
  {
    path: '/m',
    name: 'portal-home',
    component: () => import('./views/PortalHomeView.vue'),
    meta: { portal: true, title: '我的 · 退役军人自助服务' },
  },
  {
    path: '/m/payments',
    name: 'portal-payments',
    component: () => import('./views/PortalPaymentsView.vue'),
    meta: { portal: true, title: '发放记录 · 退役军人自助服务' },
  },
  {
    path: '/m/household',
    name: 'portal-household',
    component: () => import('./views/PortalHouseholdView.vue'),
    meta: { portal: true, title: '家庭成员 · 退役军人自助服务' },
  },
]
