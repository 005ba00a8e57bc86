/**
 * Makes `window.matchMedia` answer as a viewport of `width` px would, for components that lay
 * themselves out for a phone (useViewport). Call before mounting.
 */
export function viewportWidth(width: number): void {
  window.matchMedia = ((query: string) => {
    const max = /max-width:\s*(\d+)px/.exec(query)
    const matches = max ? width <= Number(max[1]) : false
    return {
      matches,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    } as MediaQueryList
  }) as typeof window.matchMedia
}
