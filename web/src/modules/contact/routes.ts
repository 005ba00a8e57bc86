import type { RouteRecordRaw } from 'vue-router'

/** 常态化联系 pages; `meta.permission` is checked by the router guard. */
export const contactRoutes: RouteRecordRaw[] = [
  {
    path: '/contact/mine',
    name: 'contact-mine',
    component: () => import('./views/MyPeopleView.vue'),
    meta: { title: '我的联系对象', permission: 'contact:people:list', icon: 'Iphone' },
  },
  {
    path: '/contact/coverage',
    name: 'contact-coverage',
    component: () => import('./views/CoverageBoardView.vue'),
    meta: { title: '联系覆盖率', permission: 'contact:board:view', icon: 'TrendCharts' },
  },
  {
    path: '/contact/people',
    name: 'contact-people',
    component: () => import('./views/PeopleListView.vue'),
    meta: { title: '联系对象名单', permission: 'contact:people:list', icon: 'UserFilled' },
  },
  {
    path: '/contact/liaisons',
    name: 'contact-liaisons',
    component: () => import('./views/LiaisonAssignmentView.vue'),
    meta: { title: '联络员分配', permission: 'contact:liaison:assign', icon: 'Avatar' },
  },
  {
    path: '/contact/workload',
    name: 'contact-workload',
    component: () => import('./views/WorkloadView.vue'),
    meta: { title: '联络员工作量', permission: 'contact:board:view', icon: 'DataLine' },
  },
  {
    path: '/contact/cadences',
    name: 'contact-cadences',
    component: () => import('./views/CadenceListView.vue'),
    meta: { title: '联系频次规则', permission: 'contact:cadence:list', icon: 'Timer' },
  },
]
