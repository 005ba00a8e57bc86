import type { Standard } from './api'
import { formatYuan } from '@/shared/utils/money'
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

export const NATIONAL = '000000000000'

/** The leading digits shared by a 12-digit region code and everything below it. */
export function regionPrefix(code: string): string {
  for (const length of [2, 4, 6, 9]) {
    if (/^0*$/.test(code.slice(length))) return code.slice(0, length)
  }
  return code
}

/**
 * Whether a user of `scopeCode` may enter or decide a standard of `regionCode` (as
 * BenefitStandards.isDecidable): inside the scope, or national for a province-level user.
 * Standards of the levels above are shown read-only.
 */
export function standardInScope(regionCode: string, scopeCode: string | null | undefined): boolean {
  if (!scopeCode) return false
  const scope = regionPrefix(scopeCode)
  if (regionCode === NATIONAL) return scope.length === 2
  return regionCode.startsWith(scope)
}

/** Two-person rule (ADR 0010): a DRAFT is decided by someone other than its author. */
export function standardDecision(
  s: Standard,
  actor: { username: string; can: (code: string) => boolean; scopeCode?: string | null },
): { visible: boolean; enabled: boolean; reason: string } {
  if (s.status !== 'DRAFT' || !actor.can(P.STANDARD_APPROVE)) {
    return { visible: false, enabled: false, reason: '' }
  }
  if (actor.scopeCode !== undefined && !standardInScope(s.regionCode, actor.scopeCode)) {
    return {
      visible: true,
      enabled: false,
      reason: '该标准属于上级部门设定的标准，您只能查看，不能审核',
    }
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
