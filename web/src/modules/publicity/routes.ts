import type { RouteRecordRaw } from 'vue-router'

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const publicityRoutes: RouteRecordRaw[] = [
  {
    path: '/publicity/feed',
    name: 'publicity-feed',
    component: () => import('./views/ArticleFeedView.vue'),
    meta: { title: '政策宣传', permission: 'publicity:article:read', icon: 'Document' },
  },
  {
    path: '/publicity/articles',
    name: 'publicity-articles',
    component: () => import('./views/ArticleListView.vue'),
    meta: { title: '宣传文章管理', permission: 'publicity:article:list', icon: 'Finished' },
  },
]
