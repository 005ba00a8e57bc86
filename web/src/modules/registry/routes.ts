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
]
