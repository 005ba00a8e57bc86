import type { PaymentState } from './api'

/** How a payment line's state reads to the person it was paid to. */
export function paymentStateLabel(state: PaymentState): string {
  switch (state) {
    case 'PAID':
      return '已发放'
    case 'FAILED':
      return '发放失败'
    default:
      return '待发放'
  }
}

/** 2026-05-01 → 2026年5月 */
export function monthLabel(periodMonth: string): string {
  const [year, month] = periodMonth.split('-')
  return `${year}年${Number(month)}月`
}

/** Integer fen → ¥1,234.50 */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100).toLocaleString('zh-CN')
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`
}
