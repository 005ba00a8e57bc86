import type { Me, RegionLevel } from '@/shared/types'
import type { HardshipGrant, ReviewAction, ReviewLevel, ReviewPolicy } from './api'

/**
 * Client-side mirrors of the server's rules (HardshipGrant.java, ReviewPolicy.java), used to
 * offer only buttons that can work and to say in the approve dialog what will happen. The
 * server decides; these only keep the UI honest.
 */

/**
 * Yuan typed by a person (el-input-number gives a float like 300.1) to integer fen, without
 * binary rounding errors (0.29 * 100 = 28.999…). Null for empty or negative input.
 */
export function yuanToFen(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === '') return null
  const text = typeof yuan === 'number' ? yuan.toFixed(2) : yuan.trim()
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

export function fenToYuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100
}

/** The review level of a user's scope: above the county acts as the county. */
export function reviewLevelOf(level: RegionLevel | null | undefined): ReviewLevel | null {
  if (!level) return null
  if (level === 'VILLAGE') return 'VILLAGE'
  if (level === 'TOWNSHIP') return 'TOWNSHIP'
  return 'COUNTY'
}

/** Whether a region code lies inside the subtree of a scope code (12-digit codes). */
export function scopeContains(scopeCode: string, regionCode: string): boolean {
  const prefixLengths = [2, 4, 6, 9, 12]
  const prefixLength =
    prefixLengths.find((length) => /^0*$/.test(scopeCode.slice(length))) ?? scopeCode.length
  return regionCode.startsWith(scopeCode.slice(0, prefixLength))
}

/**
 * Whether `me` may decide the grant now: it waits at my level inside my scope, I hold
 * grants:grant:review, did not submit it and did not decide in this round.
 */
export function canDecide(grant: HardshipGrant, me: Me | null): boolean {
  if (!me?.scope || !me.permissions.includes('grants:grant:review')) return false
  if (grant.status !== 'UNDER_REVIEW' || !grant.currentLevel) return false
  if (reviewLevelOf(me.scope.level) !== grant.currentLevel) return false
  if (!scopeContains(me.scope.code, grant.regionCode)) return false
  if (grant.submittedBy === me.username) return false
  return !grant.decisions.some((d) => d.round === grant.round && d.decidedBy === me.username)
}

/** Why `me` cannot decide, for a hint next to the (absent) buttons; null when they can. */
export function whyNotDecidable(grant: HardshipGrant, me: Me | null): string | null {
  if (grant.status !== 'UNDER_REVIEW' || !grant.currentLevel) return null
  if (grant.submittedBy === me?.username) return '本人提交的申请须由他人审批'
  if (grant.decisions.some((d) => d.round === grant.round && d.decidedBy === me?.username))
    return '您已审批过该申请'
  if (reviewLevelOf(me?.scope?.level) !== grant.currentLevel)
    return `当前等待${levelLabelOf(grant.currentLevel)}`
  return canDecide(grant, me) ? null : '您无权审批该申请'
}

function levelLabelOf(level: ReviewLevel): string {
  return { VILLAGE: '村（社区）审核', TOWNSHIP: '乡镇（街道）审核', COUNTY: '县级审批' }[level]
}

/** The next level in use above `level`, or null at the county. */
export function levelAbove(policy: ReviewPolicy, level: ReviewLevel): ReviewLevel | null {
  const order: ReviewLevel[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY']
  for (const candidate of order.slice(order.indexOf(level) + 1)) {
    const setting = policy.levels.find((l) => l.level === candidate)
    if (candidate === 'COUNTY' || setting?.enabled) return candidate
  }
  return null
}

export type DecisionEffect =
  | { kind: 'final' }
  | { kind: 'forward'; to: ReviewLevel }
  | { kind: 'returned' }
  | { kind: 'rejected' }
  | { kind: 'invalid'; message: string }

/** What an approve/forward/return/reject at `level` with `amountFen` will do. */
export function decisionEffect(
  action: ReviewAction,
  grant: HardshipGrant,
  level: ReviewLevel,
  amountFen: number | null,
  policy: ReviewPolicy | null,
): DecisionEffect {
  if (action === 'RETURN') return { kind: 'returned' }
  if (action === 'REJECT') return { kind: 'rejected' }
  const amount = amountFen ?? grant.recommendedFen ?? grant.requestedFen
  if (amount <= 0) return { kind: 'invalid', message: '金额须大于0' }
  if (amount > grant.requestedFen) return { kind: 'invalid', message: '金额不能超过申请金额' }
  const above = policy ? levelAbove(policy, level) : level === 'COUNTY' ? null : 'COUNTY'
  if (action === 'FORWARD') {
    return above
      ? { kind: 'forward', to: above }
      : { kind: 'invalid', message: '县级为最终审批层级' }
  }
  const cap = policy?.levels.find((l) => l.level === level)?.capFen ?? null
  if (level === 'COUNTY' || cap === null || amount <= cap) return { kind: 'final' }
  return above ? { kind: 'forward', to: above } : { kind: 'final' }
}

/** The county code (12 digits) of a region code. */
export function countyOf(regionCode: string): string {
  return regionCode.slice(0, 6) + '000000'
}
