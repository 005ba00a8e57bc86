import type { RouteRecordRaw } from 'vue-router'

/** 矛盾隐患排查 pages; `meta.permission` is checked by the router guard. */
export const riskRoutes: RouteRecordRaw[] = [
  {
    path: '/risk/warnings',
    name: 'risk-warnings',
    component: () => import('./views/WarningListView.vue'),
    meta: { title: '风险预警', permission: 'risk:warning:list', icon: 'Bell' },
  },
  {
    path: '/risk/items',
    name: 'risk-items',
    component: () => import('./views/RiskItemListView.vue'),
    meta: { title: '风险隐患台账', permission: 'risk:item:list', icon: 'WarnTriangleFilled' },
  },
  {
    path: '/risk/items/:id(\\d+)',
    name: 'risk-item',
    component: () => import('./views/RiskItemDetailView.vue'),
    meta: {
      title: '风险隐患详情',
      permission: 'risk:item:list',
      hidden: true,
      activeMenu: '/risk/items',
    },
  },
  {
    path: '/risk/screenings',
    name: 'risk-screenings',
    component: () => import('./views/ScreeningListView.vue'),
    meta: { title: '矛盾隐患排查', permission: 'risk:screening:list', icon: 'Tickets' },
  },
  {
    path: '/risk/screenings/:id(\\d+)',
    name: 'risk-screening',
    component: () => import('./views/ScreeningDetailView.vue'),
    meta: {
      title: '排查详情',
      permission: 'risk:screening:list',
      hidden: true,
      activeMenu: '/risk/screenings',
    },
  },
]
