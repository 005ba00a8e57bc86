import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessageBox } from 'element-plus'
import { confirmed } from '@/shared/utils/confirm'

afterEach(() => vi.restoreAllMocks())

describe('confirmed', () => {
  it('asks with a warning box, the given button and 取消, and says yes when confirmed', async () => {
    const box = vi
      .spyOn(ElMessageBox, 'confirm')
      .mockResolvedValue('confirm' as Awaited<ReturnType<typeof ElMessageBox.confirm>>)
    await expect(confirmed('确定删除「西塘站」吗？', '删除确认', '删除')).resolves.toBe(true)
    expect(box).toHaveBeenCalledWith('确定删除「西塘站」吗？', '删除确认', {
      type: 'warning',
      confirmButtonText: '删除',
      cancelButtonText: '取消',
    })
  })

  it('says no when the user cancels or closes the box', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    await expect(confirmed('确定要退出登录吗？', '退出', '退出')).resolves.toBe(false)
  })
})
