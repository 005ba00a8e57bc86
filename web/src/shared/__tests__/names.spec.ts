import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import UserName from '@/shared/components/UserName.vue'
import RegionName from '@/shared/components/RegionName.vue'
import { fakeBackend, globals, piniaWith } from '@/test/support'

describe('names for codes and usernames', () => {
  it('asks once per tick for everything a page shows and shows names, the code until then', async () => {
    const backend = fakeBackend({
      'GET /api/identity/staff-names': [200, { 'county.staff': '陈志强' }],
      'GET /api/organization/regions/names': [200, { '330421103000': '西塘镇' }],
    })
    const pinia = piniaWith(null)
    const wrappers = [
      mount(UserName, { props: { username: 'county.staff' }, global: globals(pinia) }),
      mount(UserName, { props: { username: 'demo.job' }, global: globals(pinia) }),
      mount(RegionName, { props: { code: '330421103000' }, global: globals(pinia) }),
      mount(RegionName, { props: { code: '330421103000' }, global: globals(pinia) }),
    ]
    expect(wrappers[0]!.text()).toBe('county.staff')
    await flushPromises()
    expect(wrappers.map((w) => w.text())).toEqual(['陈志强', 'demo.job', '西塘镇', '西塘镇'])
    const asks = backend.requests.filter((r) => r.url.includes('names'))
    expect(asks).toHaveLength(2)
    expect(asks.find((r) => r.url.includes('staff'))?.params).toEqual({
      usernames: 'county.staff,demo.job',
    })
    mount(RegionName, { props: { code: '330421103000' }, global: globals(pinia) })
    await flushPromises()
    expect(backend.requests.filter((r) => r.url.includes('names'))).toHaveLength(2)
  })

  it('keeps showing the code when the lookup fails', async () => {
    fakeBackend({})
    const wrapper = mount(RegionName, {
      props: { code: '330421000000' },
      global: globals(piniaWith(null)),
    })
    await flushPromises()
    expect(wrapper.text()).toBe('330421000000')
  })
})
