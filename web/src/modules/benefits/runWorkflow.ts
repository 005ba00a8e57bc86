import type { PaymentRun, Reconciliation, RunStatus } from './api'
import { BenefitsPermissions as P } from './permissions'

/**
 * The payment run wizard's rules, kept out of the view so they can be tested alone: which step a
 * run is at and which actions its state and the user allow. The server checks all of it again
 * (maker-checker is also a database check, ADR 0010); the UI only explains it up front.
 */

export const runSteps = ['生成明细', '审核', '导出银行文件', '导入回盘', '完成'] as const

/** The wizard step of a run's state (CANCELLED and REJECTED stay where they stopped: 审核). */
export function runStep(status: RunStatus): number {
  switch (status) {
    case 'PREPARING':
      return 0
    case 'PREPARED':
    case 'CANCELLED':
    case 'REJECTED':
      return 1
    case 'APPROVED':
      return 2
    case 'EXPORTED':
      return 3
    case 'RECONCILED':
      return 4
  }
}

export type RunAction =
  'resume' | 'cancel' | 'approve' | 'reject' | 'export' | 'download' | 'reconcile' | 'followUp'

/** Whether an action is shown, and if shown whether it can be used (else `reason` says why). */
export interface ActionState {
  visible: boolean
  enabled: boolean
  reason: string
}

export interface Actor {
  username: string
  can: (code: string) => boolean
}

const hidden: ActionState = { visible: false, enabled: false, reason: '' }
const enabled: ActionState = { visible: true, enabled: true, reason: '' }
const disabled = (reason: string): ActionState => ({ visible: true, enabled: false, reason })

export const SAME_PERSON_REASON = '不能审核自己生成的批次：须由生成人以外的人员审核（双人复核）'
export const SAME_PERSON_REJECT_REASON =
  '不能驳回自己生成的批次：须由生成人以外的人员审核；可作废自己的批次'

/** What `actor` may do with `run` now. */
export function runActions(run: PaymentRun, actor: Actor): Record<RunAction, ActionState> {
  const s = run.status
  const unsettled = run.lineCount - run.paidCount - run.failedCount
  return {
    resume: s === 'PREPARING' && actor.can(P.RUN_PREPARE) ? enabled : hidden,
    cancel: (s === 'PREPARING' || s === 'PREPARED') && actor.can(P.RUN_PREPARE) ? enabled : hidden,
    approve:
      s !== 'PREPARED' || !actor.can(P.RUN_APPROVE)
        ? hidden
        : run.preparedBy === actor.username
          ? disabled(SAME_PERSON_REASON)
          : run.lineCount === 0
            ? disabled('批次没有发放明细，无需审核')
            : enabled,
    reject:
      s !== 'PREPARED' || !actor.can(P.RUN_APPROVE)
        ? hidden
        : run.preparedBy === actor.username
          ? disabled(SAME_PERSON_REJECT_REASON)
          : enabled,
    export: s === 'APPROVED' && actor.can(P.RUN_EXPORT) ? enabled : hidden,
    download:
      (s === 'EXPORTED' || s === 'RECONCILED') && actor.can(P.RUN_EXPORT) ? enabled : hidden,
    // a second return file may settle lines the first one did not name
    reconcile:
      (s === 'EXPORTED' || (s === 'RECONCILED' && unsettled > 0)) && actor.can(P.RUN_RECONCILE)
        ? enabled
        : hidden,
    followUp:
      s !== 'RECONCILED' || !actor.can(P.RUN_PREPARE)
        ? hidden
        : run.failedCount === 0
          ? disabled('没有发放失败的明细')
          : enabled,
  }
}

/** The figures of the reconciliation summary (line counts, as the run keeps them). */
export interface ReconciliationSummary {
  total: number
  paid: number
  failed: number
  pending: number
  /** Settled lines (paid + failed) in per cent of all lines, rounded down. */
  settledPercent: number
  /** Paid lines in per cent of all lines, rounded down (100 only when all are paid). */
  paidPercent: number
  /** From the last return file imported here: lines it settled, references it did not match. */
  lastFile: { paid: number; failed: number; unmatched: string[] } | null
  /** What to do next, in words. */
  advice: string
}

export function reconciliationSummary(
  run: PaymentRun,
  last: Reconciliation | null = null,
): ReconciliationSummary {
  const total = run.lineCount
  const paid = run.paidCount
  const failed = run.failedCount
  const pending = Math.max(0, total - paid - failed)
  const percent = (n: number) => (total === 0 ? 0 : Math.floor((n * 100) / total))
  let advice: string
  if (run.status !== 'RECONCILED' && run.status !== 'EXPORTED') advice = ''
  else if (run.status === 'EXPORTED') advice = '请导入银行回盘文件'
  else if (pending > 0) advice = `还有 ${pending} 条明细银行尚未回盘，可再导入回盘文件`
  else if (failed > 0) advice = `有 ${failed} 条明细发放失败，可生成补发批次重新发放`
  else advice = '全部发放成功'
  return {
    total,
    paid,
    failed,
    pending,
    settledPercent: percent(paid + failed),
    paidPercent: percent(paid),
    lastFile: last
      ? { paid: last.paidLines, failed: last.failedLines, unmatched: last.unmatched }
      : null,
    advice,
  }
}

/** `2031-01-01` + 3 months → `2031-01 至 2031-03`; one month → `2031-01`. */
export function periodLabel(firstMonth: string, months: number): string {
  const [y, m] = firstMonth.split('-').map(Number) as [number, number]
  const first = `${y}-${String(m).padStart(2, '0')}`
  if (months <= 1) return first
  const endIndex = y * 12 + (m - 1) + months - 1
  const last = `${Math.floor(endIndex / 12)}-${String((endIndex % 12) + 1).padStart(2, '0')}`
  return `${first} 至 ${last}`
}
