/**
 * The frame every bar chart shares: the legend on its own line at the top, the plot below it
 * with room for axis names ("对象", "元") and rotated region names, so that legend, axis names
 * and labels never overlap (grid.containLabel keeps labels inside the chart's box).
 */
export function barChartFrame(legend: string[]) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: legend, top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
  }
}

/** A category axis of names (regions, stations) that may be long: rotated, never skipped. */
export function namesAxis(names: string[]) {
  return { type: 'category', data: names, axisLabel: { rotate: 30, interval: 0 } }
}
