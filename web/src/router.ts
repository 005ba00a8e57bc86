import {
  createRouter,
  createWebHistory,
  type Router,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'
import MainLayout from '@/layout/MainLayout.vue'
import NotFoundView from '@/shared/components/NotFoundView.vue'
import { useUserStore } from '@/shared/stores/user'
import { identityPublicRoutes } from '@/modules/identity/routes'
import { portalRoutes } from '@/modules/portal/routes'
import { usePortalStore } from '@/modules/portal/store'
import { menuGroups } from '@/navigation'

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title (also the menu label). */
    title?: string
    /** Permission code the user needs; without it the page renders ForbiddenView. */
    permission?: string
    /** Name of an @element-plus/icons-vue icon for the menu. */
    icon?: string
    /** Reachable without signing in. */
    public?: boolean
    /** A page reached from another one (e.g. a detail page): not listed in the menu. */
    hidden?: boolean
    /** The menu entry to highlight while a hidden page is shown. */
    activeMenu?: string
    /** A page of the veterans' self-service portal (/m/…), guarded by the portal session. */
    portal?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  ...identityPublicRoutes,
  ...portalRoutes,
  {
    path: '/',
    component: MainLayout,
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/views/HomeView.vue'),
        meta: { title: '首页' },
      },
      ...menuGroups.flatMap((group) => group.routes),
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: NotFoundView,
        meta: { title: '页面不存在' },
      },
    ],
  },
]

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    // The portal has its own session kind (ADR 0043): staff sign-in plays no part there.
    if (to.meta.portal) {
      const who = await usePortalStore().ensureLoaded()
      if (to.meta.public) return to.name === 'portal-login' && who ? { name: 'portal-home' } : true
      return who ? true : { name: 'portal-login' }
    }
    const user = useUserStore()
    await user.ensureLoaded()
    const me = user.me

    if (to.meta.public) {
      if (to.name === 'login' && me) {
        return me.mustChangePassword ? { name: 'change-password' } : { path: '/' }
      }
      return true
    }
    if (!me) return { name: 'login' }
    if (me.mustChangePassword && to.name !== 'change-password') {
      return { name: 'change-password' }
    }
    // A missing permission does not redirect: MainLayout renders ForbiddenView at this URL.
    return true
  })

  router.afterEach((to) => {
    const title = to.meta.title
    if (to.meta.portal) document.title = title ?? '退役军人自助服务'
    else document.title = title ? `${title} - 荣军` : '荣军 · 退役军人服务保障平台'
  })
}

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
  installGuards(router)
  return router
}
