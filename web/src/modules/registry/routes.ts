import type { RouteRecordRaw } from 'vue-router'

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const registryRoutes: RouteRecordRaw[] = [
  {
    path: '/registry/veterans',
    name: 'registry-veterans',
    component: () => import('./views/VeteranListView.vue'),
    meta: { title: '人员档案', permission: 'registry:veteran:list', icon: 'Postcard' },
  },
  {
    path: '/registry/veterans/:id(\\d+)',
    name: 'registry-veteran',
    component: () => import('./views/VeteranDetailView.vue'),
    meta: {
      title: '人员档案详情',
      permission: 'registry:veteran:list',
      hidden: true,
      activeMenu: '/registry/veterans',
    },
  },
  {
    path: '/registry/import',
    name: 'registry-import',
    component: () => import('./views/VeteranImportView.vue'),
    meta: { title: '批量导入', permission: 'registry:veteran:import', icon: 'Upload' },
  },
  {
    path: '/registry/number-checks',
    name: 'registry-number-checks',
    component: () => import('./views/ImportChecksView.vue'),
    meta: { title: '名册核查', permission: 'registry:veteran:list', icon: 'Warning' },
  },
  {
    path: '/registry/death-checks',
    name: 'registry-death-checks',
    component: () => import('./views/ImportChecksView.vue'),
    meta: {
      title: '名册核查',
      permission: 'registry:veteran:list',
      hidden: true,
      activeMenu: '/registry/number-checks',
    },
  },
  {
    path: '/registry/duplicates',
    name: 'registry-duplicates',
    component: () => import('./views/DuplicateListView.vue'),
    meta: { title: '重复档案', permission: 'registry:veteran:merge', icon: 'Document' },
  },
  {
    path: '/registry/reminders',
    name: 'registry-reminders',
    component: () => import('./views/ReminderQueueView.vue'),
    meta: { title: '到龄提醒', permission: 'registry:reminder:list', icon: 'Bell' },
  },
  {
    path: '/registry/transfers',
    name: 'registry-transfers',
    component: () => import('./views/TransferListView.vue'),
    meta: { title: '迁移管理', permission: 'registry:transfer:list', icon: 'Switch' },
  },
  {
    path: '/registry/confirmations',
    name: 'registry-confirmations',
    component: () => import('./views/ConfirmationCampaignListView.vue'),
    meta: { title: '年度确认', permission: 'registry:confirmation:list', icon: 'Finished' },
  },
  {
    path: '/registry/confirmations/:id(\\d+)',
    name: 'registry-confirmation',
    component: () => import('./views/ConfirmationCampaignDetailView.vue'),
    meta: {
      title: '年度确认详情',
      permission: 'registry:confirmation:list',
      hidden: true,
      activeMenu: '/registry/confirmations',
    },
  },
]
