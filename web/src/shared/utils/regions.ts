/** Whether a region code lies inside the subtree of a scope code (12-digit codes). */
export function scopeContains(scopeCode: string, regionCode: string): boolean {
  const prefixLengths = [2, 4, 6, 9, 12]
  const prefixLength =
    prefixLengths.find((length) => /^0*$/.test(scopeCode.slice(length))) ?? scopeCode.length
  return regionCode.startsWith(scopeCode.slice(0, prefixLength))
}
