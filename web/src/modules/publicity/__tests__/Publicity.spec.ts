import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ArticleFeedView from '../views/ArticleFeedView.vue'
import ArticleListView from '../views/ArticleListView.vue'
import type { PolicyArticle } from '../api'
import { fakeBackend, globals, me, piniaWith, problem } from '@/test/support'

const pageOf = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20 })

const article = (overrides: Partial<PolicyArticle> = {}): PolicyArticle => ({
  id: 5,
  title: '光荣牌悬挂工作有关政策解读',
  summary: '同时具备两个以上条件的家庭只悬挂一块。',
  body: '正文',
  channels: ['PORTAL', 'SMS'],
  publishDate: '2026-11-20',
  status: 'DRAFT',
  regionCode: '330421000000',
  regionName: '嘉善县',
  createdBy: 'county.staff',
  createdAt: '2026-11-19T08:00:00Z',
  publishedBy: null,
  publishedAt: null,
  ...overrides,
})

async function mountView(component: object, permissions: string[]) {
  const wrapper = mount(component, {
    global: globals(piniaWith(me(permissions))),
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ArticleListView', { timeout: 20_000 }, () => {
  it('shows channels and offers edit and publish for a draft only with the permissions', async () => {
    fakeBackend({ 'GET /api/publicity/articles': [200, pageOf([article()])] })
    const wrapper = await mountView(ArticleListView, [
      'publicity:article:list',
      'publicity:article:edit',
    ])
    expect(wrapper.find('[data-test="article-table"]').text()).toContain('门户、短信摘要')
    expect(wrapper.find('[data-test="article-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="article-publish"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it("shows the server's reason when publishing is refused, not a bare 请检查标红的字段", async () => {
    fakeBackend({
      'GET /api/publicity/articles': [200, pageOf([article({ channels: [] })])],
      'POST /api/publicity/articles/5/publication': [
        400,
        problem(400, 'VALIDATION_FAILED', '请检查标红的字段', {
          errors: [{ field: 'channels', message: '请至少选择一个发布渠道' }],
        }),
      ],
    })
    const wrapper = await mountView(ArticleListView, [
      'publicity:article:list',
      'publicity:article:publish',
    ])
    await wrapper.find('[data-test="article-publish"]').trigger('click')
    await flushPromises()
    ;(document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click()
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message')?.textContent).toContain(
        '请至少选择一个发布渠道',
      ),
    )
    wrapper.unmount()
  })
})

describe('ArticleFeedView', { timeout: 20_000 }, () => {
  it('lists published articles with their publishing region', async () => {
    fakeBackend({
      'GET /api/publicity/feed': [200, pageOf([article({ status: 'PUBLISHED' })])],
    })
    const wrapper = await mountView(ArticleFeedView, ['publicity:article:read'])
    const items = wrapper.findAll('[data-test="article-feed-item"]')
    expect(items).toHaveLength(1)
    expect(items[0]!.text()).toContain('嘉善县')
    wrapper.unmount()
  })
})
