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
