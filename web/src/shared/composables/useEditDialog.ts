import { ref, type Ref } from 'vue'

/**
 * The open/closed state of a create-or-edit form dialog on a list page: `create()` opens it
 * empty, `edit(row)` opens it on a row; the form gets `editing` (null = new).
 *
 * ```vue
 * const { visible: formVisible, editing, create, edit } = useEditDialog<Station>()
 * <StationForm v-model="formVisible" :station="editing" @saved="load" />
 * ```
 */
export function useEditDialog<T>() {
  const visible = ref(false)
  const editing = ref(null) as Ref<T | null>

  function create(): void {
    editing.value = null
    visible.value = true
  }

  function edit(row: T): void {
    editing.value = row
    visible.value = true
  }

  return { visible, editing, create, edit }
}
