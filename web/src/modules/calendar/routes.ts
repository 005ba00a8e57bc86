import type { RouteRecordRaw } from 'vue-router'

/** The working-day calendar: official holiday arrangements per year, loaded as data. */
export const calendarRoutes: RouteRecordRaw[] = [
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('./views/CalendarView.vue'),
    meta: { title: '节假日安排', permission: 'calendar:year:list', icon: 'Calendar' },
  },
]
