import type { RouteRecordRaw } from 'vue-router'

/** 走访慰问 pages; `meta.permission` is checked by the router guard. */
export const careRoutes: RouteRecordRaw[] = [
  {
    path: '/care/countdown',
    name: 'care-countdown',
    component: () => import('./views/CountdownBoardView.vue'),
    meta: { title: '走访倒计时', permission: 'care:plan:list', icon: 'Timer' },
  },
  {
    path: '/care/visits',
    name: 'care-visits',
    component: () => import('./views/VisitListView.vue'),
    meta: { title: '走访记录', permission: 'care:visit:list', icon: 'Notebook' },
  },
  {
    path: '/care/problems',
    name: 'care-problems',
    component: () => import('./views/ProblemListView.vue'),
    meta: { title: '问题办理', permission: 'care:problem:list', icon: 'Warning' },
  },
  {
    path: '/care/plans',
    name: 'care-plans',
    component: () => import('./views/VisitPlanListView.vue'),
    meta: { title: '走访计划', permission: 'care:plan:list', icon: 'Calendar' },
  },
  {
    path: '/care/campaigns',
    name: 'care-campaigns',
    component: () => import('./views/CampaignListView.vue'),
    meta: { title: '节日慰问', permission: 'care:campaign:list', icon: 'Present' },
  },
  {
    path: '/care/campaigns/:id(\\d+)',
    name: 'care-campaign',
    component: () => import('./views/CampaignDetailView.vue'),
    meta: {
      title: '慰问活动详情',
      permission: 'care:campaign:list',
      hidden: true,
      activeMenu: '/care/campaigns',
    },
  },
  {
    path: '/care/garrison-units',
    name: 'care-garrison-units',
    component: () => import('./views/GarrisonUnitListView.vue'),
    meta: { title: '驻地部队', permission: 'care:garrison:list', icon: 'Flag' },
  },
]
