/**
 * `part` as a whole-number percentage of `whole` (el-progress wants 0–100); 0 when there is
 * nothing to count yet, rather than NaN.
 */
export function percentOf(part: number, whole: number | null | undefined): number {
  return whole ? Math.round((part * 100) / whole) : 0
}
