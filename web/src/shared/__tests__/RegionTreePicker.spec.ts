import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import RegionTreePicker from '@/shared/components/RegionTreePicker.vue'
import { globals, piniaWith } from '@/test/support'
import type { Region } from '@/shared/types'

const get = vi.hoisted(() => vi.fn())
vi.mock('@/shared/api/http', () => ({ http: { get } }))

function region(code: string, name: string, level: Region['level'], hasChildren: boolean): Region {
  return {
    code,
    name,
    level,
    parentCode: null,
    validFrom: '2023-01-01',
    validTo: null,
    hasChildren,
  }
}

const county = region('330421000000', '嘉善县', 'COUNTY', true)
const towns = [
  region('330421100000', '西塘镇', 'TOWNSHIP', true),
  region('330421101000', '姚庄镇', 'TOWNSHIP', false),
]
const villages = [region('330421100201', '西塘村', 'VILLAGE', false)]

const answers: Record<string, unknown> = {
  '/api/organization/regions/scope-root': county,
  '/api/organization/regions/330421000000/children': towns,
  '/api/organization/regions/330421100000/children': villages,
}

beforeEach(() => {
  get.mockReset()
  get.mockImplementation(async (url: string) => {
    if (!(url in answers)) throw new Error(`unexpected GET ${url}`)
    return { data: answers[url] }
  })
})

function nodeCodes(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('[data-test="region-node"]').map((n) => n.attributes('data-code'))
}

describe('RegionTreePicker', () => {
  it('loads the scope root first, then its children', async () => {
    const wrapper = mount(RegionTreePicker, { global: globals(piniaWith(null)) })
    await flushPromises()

    expect(get.mock.calls[0]?.[0]).toBe('/api/organization/regions/scope-root')
    expect(get).toHaveBeenCalledWith('/api/organization/regions/330421000000/children')
    expect(wrapper.find('[data-test="region-tree"]').exists()).toBe(true)
    expect(nodeCodes(wrapper)).toEqual(['330421000000', '330421100000', '330421101000'])
    expect(wrapper.find('[data-code="330421000000"]').text()).toBe('嘉善县')
  })

  it('loads grandchildren only when a node is expanded; leaves are not expandable', async () => {
    const wrapper = mount(RegionTreePicker, { global: globals(piniaWith(null)) })
    await flushPromises()
    expect(get).not.toHaveBeenCalledWith('/api/organization/regions/330421100000/children')

    const expandIcon = (code: string) => {
      const content = wrapper
        .find(`[data-code="${code}"]`)
        .element.closest('.el-tree-node__content')
      return new DOMWrapper(content!.querySelector('.el-tree-node__expand-icon')!)
    }
    expect(expandIcon('330421101000').classes()).toContain('is-leaf')
    expect(expandIcon('330421100000').classes()).not.toContain('is-leaf')

    await expandIcon('330421100000').trigger('click')
    await flushPromises()

    expect(get).toHaveBeenLastCalledWith('/api/organization/regions/330421100000/children')
    expect(nodeCodes(wrapper)).toContain('330421100201')
  })

  it('emits the code of the clicked node', async () => {
    const wrapper = mount(RegionTreePicker, { global: globals(piniaWith(null)) })
    await flushPromises()

    await wrapper.find('[data-code="330421101000"]').trigger('click')

    expect(wrapper.emitted('update:modelValue')).toEqual([['330421101000']])
    expect(wrapper.emitted('select')?.[0]).toEqual(['330421101000', towns[1]])
  })
})
