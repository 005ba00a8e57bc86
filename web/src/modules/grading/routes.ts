import type { RouteRecordRaw } from 'vue-router'

/** Station grading 有→优→精: stations by grade, assessments from self-assessment to rating. */
export const gradingRoutes: RouteRecordRaw[] = [
  {
    path: '/grading/stations',
    name: 'grading-stations',
    component: () => import('./views/StationGradeView.vue'),
    meta: { title: '服务站等级', permission: 'grading:assessment:list', icon: 'Medal' },
  },
  {
    path: '/grading/assessments',
    name: 'grading-assessments',
    component: () => import('./views/AssessmentListView.vue'),
    meta: { title: '等级评定', permission: 'grading:assessment:list', icon: 'Stamp' },
  },
  {
    path: '/grading/assessments/:id(\\d+)',
    name: 'grading-assessment',
    component: () => import('./views/AssessmentDetailView.vue'),
    meta: {
      title: '等级评定详情',
      permission: 'grading:assessment:list',
      hidden: true,
      activeMenu: '/grading/assessments',
    },
  },
]
