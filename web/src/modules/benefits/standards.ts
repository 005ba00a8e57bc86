import type { Standard } from './api'
import { formatYuan } from './money'
import { BenefitsPermissions as P } from './permissions'

/**
 * The monthly amount a standard entered as a yearly amount or as a percentage gives, in fen,
 * rounded half up like the server (StandardDraft.monthlyFen); null while incomplete.
 */
export function previewMonthlyFen(input: {
  annualFen: number | null
  percent: number | null
  indicatorFen: number | null
}): number | null {
  if (input.annualFen != null && input.percent == null) {
    return Math.floor((input.annualFen * 2 + 12) / 24)
  }
  if (input.annualFen == null && input.percent != null && input.indicatorFen != null) {
    // percent has at most 2 decimals: work in hundredths to stay exact
    const hundredths = Math.round(input.percent * 100)
    return Math.floor((hundredths * input.indicatorFen * 2 + 10000) / 20000)
  }
  return null
}

/** How a standard's monthly amount comes about, in words, for the table. */
export function standardAmountText(s: Standard): string {
  if (s.annualFen != null) return `${formatYuan(s.annualFen)} 元/年 ÷ 12`
  if (s.percent != null && s.indicatorFen != null) {
    return `${s.indicatorName ?? '当地指标'} ${formatYuan(s.indicatorFen)} 元 × ${s.percent}%`
  }
  return ''
}

/** Two-person rule (ADR 0010): a DRAFT is decided by someone other than its author. */
export function standardDecision(
  s: Standard,
  actor: { username: string; can: (code: string) => boolean },
): { visible: boolean; enabled: boolean; reason: string } {
  if (s.status !== 'DRAFT' || !actor.can(P.STANDARD_APPROVE)) {
    return { visible: false, enabled: false, reason: '' }
  }
  if (s.createdBy === actor.username) {
    return {
      visible: true,
      enabled: false,
      reason: '不能审核自己录入的标准：须由录入人以外的人员审核后生效',
    }
  }
  return { visible: true, enabled: true, reason: '' }
}
