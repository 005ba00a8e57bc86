import type { RouteRecordRaw } from 'vue-router'

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const organizationRoutes: RouteRecordRaw[] = [
  {
    path: '/organization/regions',
    name: 'organization-regions',
    component: () => import('./views/RegionBrowserView.vue'),
    meta: { title: '行政区划', permission: 'organization:region:list', icon: 'MapLocation' },
  },
  {
    path: '/organization/stations',
    name: 'organization-stations',
    component: () => import('./views/StationListView.vue'),
    meta: {
      title: '服务中心(站)',
      permission: 'organization:station:list',
      icon: 'OfficeBuilding',
    },
  },
  {
    path: '/organization/staff',
    name: 'organization-staff',
    component: () => import('./views/StaffListView.vue'),
    meta: { title: '工作人员', permission: 'organization:staff:list', icon: 'User' },
  },
]
