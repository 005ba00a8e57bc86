import { describe, expect, it } from 'vitest'
import { menuGroups, visibleMenu } from '@/navigation'

describe('visibleMenu', () => {
  it('offers only pages that open on their own: no detail route with a parameter, no hidden page', () => {
    const everything = visibleMenu(() => true).flatMap((group) => group.items)
    expect(everything.length).toBeGreaterThan(10)
    expect(everything.filter((item) => item.path.includes(':'))).toEqual([])
    const detailRoutes = menuGroups.flatMap((g) => g.routes).filter((r) => r.path.includes(':'))
    expect(detailRoutes.length).toBeGreaterThan(0)
  })

  it('leaves out pages the user lacks the permission for, and groups left empty', () => {
    const groups = visibleMenu((code) => code === undefined || code.startsWith('registry:'))
    expect(groups.map((g) => g.title)).toContain('人员档案')
    expect(groups.flatMap((g) => g.items).length).toBeGreaterThan(0)
    expect(groups.every((g) => g.items.length > 0)).toBe(true)
    expect(groups.map((g) => g.title)).not.toContain('系统管理')
  })
})
