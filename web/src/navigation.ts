import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { grantsRoutes } from '@/modules/grants/routes'
import { benefitsRoutes } from '@/modules/benefits/routes'
import { identityRoutes } from '@/modules/identity/routes'
import { organizationRoutes } from '@/modules/organization/routes'
import { honorsRoutes } from '@/modules/honors/routes'
import { publicityRoutes } from '@/modules/publicity/routes'
import { messagingRoutes } from '@/modules/messaging/routes'
import { registryRoutes } from '@/modules/registry/routes'
import { careRoutes } from '@/modules/care/routes'
import { meetingsRoutes } from '@/modules/meetings/routes'
import { gradingRoutes } from '@/modules/grading/routes'
import { employmentRoutes } from '@/modules/employment/routes'
import { contactRoutes } from '@/modules/contact/routes'
import { riskRoutes } from '@/modules/risk/routes'
import { petitionsRoutes } from '@/modules/petitions/routes'
import { calendarRoutes } from '@/modules/calendar/routes'

export interface MenuGroup {
  title: string
  icon: string
  routes: RouteRecordRaw[]
}

/** The side menu, one group per backend module, in this order. */
export const menuGroups: MenuGroup[] = [
  { title: '人员档案', icon: 'Postcard', routes: registryRoutes },
  { title: '临时困难补助', icon: 'Wallet', routes: grantsRoutes },
  { title: '褒扬激励', icon: 'Finished', routes: honorsRoutes },
  { title: '政策宣传', icon: 'Document', routes: publicityRoutes },
  { title: '常态化联系', icon: 'Phone', routes: contactRoutes },
  { title: '走访慰问', icon: 'Present', routes: careRoutes },
  { title: '就业创业', icon: 'Suitcase', routes: employmentRoutes },
  { title: '矛盾隐患排查', icon: 'Warning', routes: riskRoutes },
  { title: '信访', icon: 'Tickets', routes: petitionsRoutes },
  { title: '消息通知', icon: 'ChatDotRound', routes: messagingRoutes },
  { title: '抚恤优待', icon: 'Money', routes: benefitsRoutes },
  { title: '会议督办', icon: 'Flag', routes: meetingsRoutes },
  { title: '站点建设', icon: 'Medal', routes: gradingRoutes },
  { title: '组织机构', icon: 'OfficeBuilding', routes: organizationRoutes },
  { title: '系统管理', icon: 'Setting', routes: [...identityRoutes, ...calendarRoutes] },
]

type PermissionCheck = (code: string) => boolean

export interface MenuEntry {
  path: string
  title: string
  icon?: string
}

/**
 * The pages a user can open from a menu: those they have the permission for, without the
 * hidden ones (detail pages such as /registry/veterans/:id, reached from their lists), grouped
 * as the side menu is; empty groups are dropped.
 */
export function visibleMenu(
  can: (code: string | undefined) => boolean,
): { title: string; icon: string; items: MenuEntry[] }[] {
  return menuGroups
    .map((group) => ({
      title: group.title,
      icon: group.icon,
      items: group.routes
        .filter(
          (r) =>
            !r.meta?.hidden &&
            !r.path.includes(':') &&
            can(r.meta?.permission as string | undefined),
        )
        .map((r) => ({
          path: r.path,
          title: (r.meta?.title as string) ?? r.path,
          icon: r.meta?.icon as string,
        })),
    }))
    .filter((group) => group.items.length > 0)
}

/** True when a matched route needs a permission the user lacks (the page shows ForbiddenView). */
export function isForbidden(route: RouteLocationNormalized, can: PermissionCheck): boolean {
  return route.matched.some((record) => {
    const code = record.meta.permission
    return typeof code === 'string' && !can(code)
  })
}
