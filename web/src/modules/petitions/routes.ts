import type { RouteRecordRaw } from 'vue-router'

/** The petition desk (信访): intake, the clocks, answers and 复查/复核, and the figures. */
export const petitionsRoutes: RouteRecordRaw[] = [
  {
    path: '/petitions',
    name: 'petitions-list',
    component: () => import('./views/PetitionListView.vue'),
    meta: { title: '信访事项', permission: 'petitions:petition:list', icon: 'Tickets' },
  },
  {
    path: '/petitions/:id(\\d+)',
    name: 'petitions-detail',
    component: () => import('./views/PetitionDetailView.vue'),
    meta: {
      title: '信访事项详情',
      permission: 'petitions:petition:list',
      hidden: true,
      activeMenu: '/petitions',
    },
  },
  {
    path: '/petitions/statistics',
    name: 'petitions-statistics',
    component: () => import('./views/PetitionStatisticsView.vue'),
    meta: { title: '信访统计', permission: 'petitions:statistics:view', icon: 'DataLine' },
  },
]
