import { useUserStore } from '@/shared/stores/user'

/** `const { can } = usePermission(); can('organization:station:create')` */
export function usePermission() {
  const user = useUserStore()
  return {
    can: (code: string | null | undefined) => user.hasPermission(code),
    canAny: (...codes: string[]) => codes.some((c) => user.hasPermission(c)),
  }
}
