import { describe, expect, it } from 'vitest'
import { useEditDialog } from '@/shared/composables/useEditDialog'

interface Station {
  id: number
  name: string
}

describe('useEditDialog', () => {
  it('starts closed with nothing being edited', () => {
    const { visible, editing } = useEditDialog<Station>()
    expect(visible.value).toBe(false)
    expect(editing.value).toBeNull()
  })

  it('opens on a row for edit and empty for create, forgetting the row edited before', () => {
    const { visible, editing, create, edit } = useEditDialog<Station>()
    edit({ id: 7, name: '西塘镇退役军人服务站' })
    expect(visible.value).toBe(true)
    expect(editing.value).toEqual({ id: 7, name: '西塘镇退役军人服务站' })

    visible.value = false
    create()
    expect(visible.value).toBe(true)
    expect(editing.value).toBeNull()
  })
})
