import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { defineComponent } from 'vue'
import { registryRoutes } from '../routes'
import type { DictionaryItem, Veteran } from '../api'

export function veteran(overrides: Partial<Veteran> = {}): Veteran {
  return {
    id: 5,
    name: '张三',
    gender: 'MALE',
    birthDate: '1980-01-01',
    idNumberMasked: '440524********0013',
    phoneMasked: '138****1234',
    bankName: '农业银行',
    bankAccountMasked: '6228************1234',
    householdRegionCode: '330421100001',
    householdRegionName: '西塘镇',
    address: '西塘镇南苑路1号',
    education: '20',
    politicalStatus: '01',
    enlistmentDate: '1998-12-01',
    dischargeDate: '2003-12-01',
    militaryBranch: 'ARMY',
    militaryRank: '上士',
    dischargeType: 'SELF',
    serviceUnit: '某部',
    hardship: true,
    categories: ['11'],
    ...overrides,
  }
}

export function dictionary(kind: DictionaryItem['kind'], entries: [string, string][]) {
  return entries.map(([code, label], i): DictionaryItem => ({
    kind,
    code,
    label,
    sortOrder: i,
    builtin: true,
    active: true,
  }))
}

export const categories = dictionary('BENEFICIARY_CATEGORY', [
  ['11', '伤残军人'],
  ['21', '烈士遗属'],
])

const Stub = defineComponent({ template: '<div data-test="stub-page" />' })

/** A memory router with the registry pages (the components under test mount directly). */
export async function testRouter(path = '/'): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      ...registryRoutes.map((r) => ({ path: r.path, name: r.name, meta: r.meta, component: Stub })),
    ],
  })
  await router.push(path)
  await router.isReady()
  return router
}
