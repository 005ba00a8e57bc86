import type { RouteRecordRaw } from 'vue-router'

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const honorsRoutes: RouteRecordRaw[] = [
  {
    path: '/honors/plaque-households',
    name: 'honors-plaque-households',
    component: () => import('./views/PlaqueHouseholdListView.vue'),
    meta: { title: '光荣牌对象', permission: 'honors:plaque:list', icon: 'Postcard' },
  },
  {
    path: '/honors/plaques',
    name: 'honors-plaques',
    component: () => import('./views/PlaqueListView.vue'),
    meta: { title: '光荣牌悬挂', permission: 'honors:plaque:list', icon: 'Finished' },
  },
  {
    path: '/honors/merit-notices',
    name: 'honors-merit-notices',
    component: () => import('./views/MeritNoticeListView.vue'),
    meta: { title: '立功喜报', permission: 'honors:merit:list', icon: 'Bell' },
  },
  {
    path: '/honors/send-offs',
    name: 'honors-send-offs',
    component: () => import('./views/SendOffListView.vue'),
    meta: { title: '欢送新兵', permission: 'honors:send-off:list', icon: 'Avatar' },
  },
]
