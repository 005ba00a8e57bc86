import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import AttachmentPanel from '@/shared/components/AttachmentPanel.vue'
import { formatSize } from '@/shared/api/attachments'
import { fakeBackend, globals, me, piniaWith } from '@/test/support'

const photo = {
  id: 'a1',
  fileName: '走访照片.png',
  contentType: 'image/png',
  size: 2048,
  sha256: 'x',
  uploadedBy: 'xitang.staff',
  uploadedAt: '2026-11-29T02:00:00Z',
}

describe('AttachmentPanel', () => {
  it('lists the files of the record with download links and image thumbnails', async () => {
    fakeBackend({ 'GET /api/things/7/attachments': [200, [photo]] })
    const wrapper = mount(AttachmentPanel, {
      props: {
        listUrl: '/api/things/7/attachments',
        uploadUrl: '/api/things/7/attachments',
        downloadUrl: (id: string) => `/api/things/7/attachments/${id}`,
      },
      global: globals(piniaWith(me([]))),
    })
    await flushPromises()
    const item = wrapper.get('[data-test="attachment-item"]')
    expect(item.text()).toContain('走访照片.png')
    expect(item.find('a').attributes('href')).toBe('/api/things/7/attachments/a1')
    expect(wrapper.find('[data-test="attachment-upload"]').exists()).toBe(false)
  })

  it('says the list could not be loaded instead of pretending there are no files', async () => {
    fakeBackend({ 'GET /api/things/8/attachments': [404, { status: 404, detail: '不存在' }] })
    const wrapper = mount(AttachmentPanel, {
      props: {
        listUrl: '/api/things/8/attachments',
        uploadUrl: '/api/things/8/attachments',
        downloadUrl: (id: string) => `/api/things/8/attachments/${id}`,
      },
      global: globals(piniaWith(me([]))),
    })
    await flushPromises()
    expect(wrapper.find('[data-test="attachment-failed"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('暂无附件')
  })

  it('derives every endpoint from the collection url: list, file links and delete', async () => {
    fakeBackend({
      'GET /api/things/9/attachments': [200, [photo]],
    })
    const wrapper = mount(AttachmentPanel, {
      props: { url: '/api/things/9/attachments', editable: true },
      global: globals(piniaWith(me([]))),
    })
    await flushPromises()
    const item = wrapper.get('[data-test="attachment-item"]')
    expect(item.find('a').attributes('href')).toBe('/api/things/9/attachments/a1')
    expect(wrapper.find('img, .el-image').exists()).toBe(true)
    expect(wrapper.find('[data-test="attachment-delete"]').exists()).toBe(true)
  })

  it('offers no delete when the record is not editable, even with a collection url', async () => {
    fakeBackend({ 'GET /api/things/10/attachments': [200, [photo]] })
    const wrapper = mount(AttachmentPanel, {
      props: { url: '/api/things/10/attachments' },
      global: globals(piniaWith(me([]))),
    })
    await flushPromises()
    expect(wrapper.find('[data-test="attachment-item"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="attachment-delete"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="attachment-upload"]').exists()).toBe(false)
  })

  it('formats sizes the way staff read them', () => {
    expect(formatSize(900)).toBe('900 B')
    expect(formatSize(1536)).toBe('1.5 KB')
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB')
  })
})
