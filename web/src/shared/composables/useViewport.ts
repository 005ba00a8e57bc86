import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue'

/** Below this width (px) the app is laid out for a phone: menu drawer, full-width content, cards. */
export const PHONE_MAX_WIDTH = 767

const query = `(max-width: ${PHONE_MAX_WIDTH}px)`

function matches(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query).matches
    : false
}

/**
 * Whether the viewport is phone-sized (≤ 767 px wide), kept current as the window is resized or
 * the phone turned. Pages use it to show cards instead of tables and one-column forms.
 */
export function useViewport(): { isPhone: Readonly<Ref<boolean>> } {
  const isPhone = ref(matches())
  let list: MediaQueryList | null = null
  const update = () => {
    isPhone.value = matches()
  }
  onMounted(() => {
    if (typeof window.matchMedia !== 'function') return
    list = window.matchMedia(query)
    list.addEventListener('change', update)
    update()
  })
  onBeforeUnmount(() => list?.removeEventListener('change', update))
  return { isPhone: readonly(isPhone) }
}
