import { ElMessageBox } from 'element-plus'

/**
 * Asks before a step that deletes, sends or decides something (warning box, the page's own
 * confirm button, 取消). Resolves false when the user backs out, so callers just return.
 */
export async function confirmed(
  message: string,
  title: string,
  confirmButtonText: string,
): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText,
      cancelButtonText: '取消',
    })
    return true
  } catch {
    return false
  }
}

/**
 * Asks for a short text (a reason, a step taken) before a step that needs one; resolves the
 * trimmed text, or null when the user backs out. An empty answer is refused in the box itself.
 */
export async function askedFor(
  message: string,
  title: string,
  confirmButtonText: string,
): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText,
      cancelButtonText: '取消',
      inputType: 'textarea',
      inputValidator: (v: string) => (v && v.trim().length > 0) || '请填写内容',
    })
    return value.trim()
  } catch {
    return null
  }
}
