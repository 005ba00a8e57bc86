import type { RouteRecordRaw } from 'vue-router'
import { BenefitsPermissions as P } from './permissions'

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const benefitsRoutes: RouteRecordRaw[] = [
  {
    path: '/benefits/standards',
    name: 'benefits-standards',
    component: () => import('./views/StandardListView.vue'),
    meta: { title: '抚恤补助标准', permission: P.STANDARD_LIST, icon: 'Tickets' },
  },
  {
    path: '/benefits/runs',
    name: 'benefits-runs',
    component: () => import('./views/PaymentRunListView.vue'),
    meta: { title: '发放批次', permission: P.RUN_LIST, icon: 'Money' },
  },
  {
    path: '/benefits/runs/:id(\\d+)',
    name: 'benefits-run',
    component: () => import('./views/PaymentRunView.vue'),
    meta: {
      title: '发放批次详情',
      permission: P.RUN_LIST,
      hidden: true,
      activeMenu: '/benefits/runs',
    },
  },
  {
    path: '/benefits/overpayments',
    name: 'benefits-overpayments',
    component: () => import('./views/OverpaymentListView.vue'),
    meta: { title: '追缴管理', permission: P.RUN_LIST, icon: 'Tickets' },
  },
  {
    path: '/benefits/deaths',
    name: 'benefits-deaths',
    component: () => import('./views/DeathEffectsView.vue'),
    meta: { title: '去世待遇', permission: P.RUN_LIST, icon: 'Document' },
  },
  {
    path: '/benefits/conscript-allowance',
    name: 'benefits-conscript-allowance',
    component: () => import('./views/ConscriptAllowanceView.vue'),
    meta: { title: '义务兵家庭优待金', permission: P.RUN_LIST, icon: 'Medal' },
  },
  {
    path: '/benefits/on-time',
    name: 'benefits-on-time',
    component: () => import('./views/OnTimeView.vue'),
    meta: { title: '按时发放统计', permission: P.KPI_LIST, icon: 'DataLine' },
  },
]
