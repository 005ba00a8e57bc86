import type { RouteRecordRaw } from 'vue-router'

/** Employment (就业创业): posts, employers, profiles and referrals. */
export const employmentRoutes: RouteRecordRaw[] = [
  {
    path: '/employment/posts',
    name: 'employment-posts',
    component: () => import('./views/PostListView.vue'),
    meta: { title: '岗位信息', permission: 'employment:post:list', icon: 'Suitcase' },
  },
  {
    path: '/employment/posts/:id(\\d+)',
    name: 'employment-post',
    component: () => import('./views/PostDetailView.vue'),
    meta: {
      title: '岗位详情',
      permission: 'employment:post:list',
      hidden: true,
      activeMenu: '/employment/posts',
    },
  },
  {
    path: '/employment/employers',
    name: 'employment-employers',
    component: () => import('./views/EmployerListView.vue'),
    meta: { title: '合作单位', permission: 'employment:post:list', icon: 'OfficeBuilding' },
  },
  {
    path: '/employment/profiles',
    name: 'employment-profiles',
    component: () => import('./views/ProfileListView.vue'),
    meta: { title: '就业档案', permission: 'employment:profile:list', icon: 'User' },
  },
  {
    path: '/employment/profiles/:id(\\d+)',
    name: 'employment-profile',
    component: () => import('./views/ProfileDetailView.vue'),
    meta: {
      title: '就业档案详情',
      permission: 'employment:profile:list',
      hidden: true,
      activeMenu: '/employment/profiles',
    },
  },
  {
    path: '/employment/referrals',
    name: 'employment-referrals',
    component: () => import('./views/ReferralListView.vue'),
    meta: { title: '就业推荐', permission: 'employment:profile:list', icon: 'Promotion' },
  },
]
