import type { RouteRecordRaw } from 'vue-router'

/** Hardship grants (临时困难补助): applications, the reviewer's inbox, the county's caps. */
export const grantsRoutes: RouteRecordRaw[] = [
  {
    path: '/grants/inbox',
    name: 'grants-inbox',
    component: () => import('./views/GrantInboxView.vue'),
    meta: { title: '待我审批', permission: 'grants:grant:review', icon: 'Stamp' },
  },
  {
    path: '/grants',
    name: 'grants-list',
    component: () => import('./views/GrantListView.vue'),
    meta: { title: '补助申请', permission: 'grants:grant:list', icon: 'Wallet' },
  },
  {
    path: '/grants/:id(\\d+)',
    name: 'grants-detail',
    component: () => import('./views/GrantDetailView.vue'),
    meta: {
      title: '补助申请详情',
      permission: 'grants:grant:list',
      hidden: true,
      activeMenu: '/grants',
    },
  },
  {
    path: '/grants/policy',
    name: 'grants-policy',
    component: () => import('./views/GrantPolicyView.vue'),
    meta: { title: '审批限额', permission: 'grants:policy:manage', icon: 'Coin' },
  },
]
