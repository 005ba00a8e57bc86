import type { Directive, DirectiveBinding } from 'vue'
import { useUserStore } from '@/shared/stores/user'

type PermissionValue = string | string[]

function allowed(binding: DirectiveBinding<PermissionValue>): boolean {
  const user = useUserStore()
  const codes = Array.isArray(binding.value) ? binding.value : [binding.value]
  // v-permission="['a','b']" keeps the element when the user has any of them.
  return codes.some((code) => user.hasPermission(code))
}

/**
 * `v-permission="'organization:station:create'"` removes the element from the DOM when the
 * current user lacks the permission (the server checks it again; this only hides the button).
 */
export const vPermission: Directive<HTMLElement, PermissionValue> = {
  mounted(el, binding) {
    if (!allowed(binding)) el.remove()
  },
}

export default vPermission
