import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import VeteranListView from '../views/VeteranListView.vue'
import { useColumnSettings } from '../composables/useColumnSettings'
import { clearDictionaryCache } from '../composables/useDictionaries'
import { VETERAN_COLUMNS_STORAGE_KEY } from '../api'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'
import { categories, testRouter, veteran } from './fixtures'

const page = {
  items: [veteran(), veteran({ id: 6, name: '李四', hardship: false })],
  total: 2,
  page: 0,
  size: 20,
}

function backend() {
  return fakeBackend({
    'GET /api/registry/veterans': [200, page],
    'GET /api/registry/dictionaries/BENEFICIARY_CATEGORY': [200, categories],
    'GET /api/registry/dictionaries/MILITARY_BRANCH': [200, []],
  })
}

async function mountList(permissions: string[]) {
  const router = await testRouter('/registry/veterans')
  const wrapper = mount(VeteranListView, {
    global: globals(piniaWith(me(permissions)), [router]),
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof mountList>>['wrapper']

const headers = (wrapper: Wrapper) =>
  wrapper.findAll('[data-test="veteran-table"] thead th').map((th) => th.text())

beforeEach(() => {
  localStorage.clear()
  clearDictionaryCache()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('useColumnSettings', () => {
  const columns = [
    { key: 'name', label: '姓名', fixed: true },
    { key: 'gender', label: '性别' },
    { key: 'phone', label: '联系电话', visible: false },
  ]

  it('starts from the defaults and remembers changes in localStorage', async () => {
    const first = useColumnSettings('test.columns', columns)
    expect(first.visibleKeys.value).toEqual(['name', 'gender'])

    first.visibleKeys.value = ['name', 'phone']
    await flushPromises()
    expect(JSON.parse(localStorage.getItem('test.columns')!)).toEqual(['name', 'phone'])

    const second = useColumnSettings('test.columns', columns)
    expect(second.isVisible('phone')).toBe(true)
    expect(second.isVisible('gender')).toBe(false)
  })

  it('keeps fixed columns and ignores unknown or broken stored values', () => {
    localStorage.setItem('test.columns', JSON.stringify(['gender', 'gone']))
    expect(useColumnSettings('test.columns', columns).visibleKeys.value).toEqual(['gender', 'name'])
    localStorage.setItem('test.columns', '{not json')
    expect(useColumnSettings('test.columns', columns).visibleKeys.value).toEqual(['name', 'gender'])
  })
})

describe('VeteranListView', { timeout: 20_000 }, () => {
  it('lists the people with category labels and opens a file on row click', async () => {
    const { requests } = backend()
    const { wrapper, router } = await mountList(['registry:veteran:list'])

    const table = wrapper.find('[data-test="veteran-table"]')
    expect(table.text()).toContain('张三')
    expect(table.text()).toContain('李四')
    expect(table.text()).toContain('伤残军人')
    expect(table.text()).toContain('440524********0013')
    expect(wrapper.find('[data-test="veteran-create"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="veteran-export"]').exists()).toBe(false)
    expect(requests.find((r) => r.url === '/api/registry/veterans')?.params).toEqual({
      page: 0,
      size: 20,
    })

    await wrapper.findAll('[data-test="veteran-table"] tbody tr')[1]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/registry/veterans/6')
    wrapper.unmount()
  })

  it('searches and builds the export links from the filters', async () => {
    const { requests } = backend()
    const { wrapper } = await mountList([
      'registry:veteran:list',
      'registry:veteran:create',
      'registry:veteran:import',
      'registry:veteran:export',
    ])
    expect(wrapper.find('[data-test="veteran-create"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="veteran-import"]').exists()).toBe(true)

    await wrapper.find('input[data-test="veteran-search-q"]').setValue('zs')
    await wrapper.find('[data-test="veteran-search-submit"]').trigger('submit')
    await flushPromises()

    const last = requests.filter((r) => r.url === '/api/registry/veterans').at(-1)
    expect(last?.params).toEqual({ q: 'zs', page: 0, size: 20 })
    expect(wrapper.find('[data-test="veteran-export"]').attributes('href')).toBe(
      '/api/registry/veterans/export?format=xlsx&q=zs',
    )
    expect(wrapper.find('[data-test="veteran-export-csv"]').attributes('href')).toBe(
      '/api/registry/veterans/export?format=csv&q=zs',
    )
    wrapper.unmount()
  })

  it('shows the columns chosen earlier', async () => {
    backend()
    let mounted = await mountList(['registry:veteran:list'])
    expect(headers(mounted.wrapper)).toContain('身份证号')
    expect(headers(mounted.wrapper)).not.toContain('联系电话')
    mounted.wrapper.unmount()

    localStorage.setItem(
      VETERAN_COLUMNS_STORAGE_KEY,
      JSON.stringify(['name', 'phone', 'categories']),
    )
    mounted = await mountList(['registry:veteran:list'])
    expect(headers(mounted.wrapper)).toEqual(['姓名', '联系电话', '优抚类别'])
    expect(mounted.wrapper.find('[data-test="veteran-table"]').text()).toContain('138****1234')
    mounted.wrapper.unmount()
  })
})
