import type { RouteRecordRaw } from 'vue-router'

/** Leading-group and 双拥 meetings, and their decisions followed up to closure (督办). */
export const meetingsRoutes: RouteRecordRaw[] = [
  {
    path: '/meetings',
    name: 'meetings-list',
    component: () => import('./views/MeetingListView.vue'),
    meta: { title: '会议记录', permission: 'meetings:meeting:list', icon: 'Notebook' },
  },
  {
    path: '/meetings/:id(\\d+)',
    name: 'meetings-detail',
    component: () => import('./views/MeetingDetailView.vue'),
    meta: {
      title: '会议详情',
      permission: 'meetings:meeting:list',
      hidden: true,
      activeMenu: '/meetings',
    },
  },
  {
    path: '/meetings/action-items',
    name: 'meetings-action-items',
    component: () => import('./views/ActionItemListView.vue'),
    meta: { title: '决定事项督办', permission: 'meetings:meeting:list', icon: 'Flag' },
  },
]
