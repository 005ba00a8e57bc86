import { describe, expect, it } from 'vitest'
import {
  periodLabel,
  reconciliationSummary,
  runActions,
  runStep,
  SAME_PERSON_REASON,
  SAME_PERSON_REJECT_REASON,
  type Actor,
  type RunAction,
} from '../runWorkflow'
import { BenefitsPermissions as P } from '../permissions'
import type { RunStatus } from '../api'
import { paymentRun } from './fixtures'

const all = Object.values(P) as string[]
const actor = (username: string, permissions: string[] = all): Actor => ({
  username,
  can: (code) => permissions.includes(code),
})
const checker = actor('county.checker')

function usable(status: RunStatus, who: Actor = checker, extra = {}): RunAction[] {
  const actions = runActions(paymentRun({ status, ...extra }), who)
  return (Object.keys(actions) as RunAction[]).filter(
    (a) => actions[a].visible && actions[a].enabled,
  )
}

describe('run wizard steps', () => {
  it('puts each run state at its step of 生成 → 审核 → 导出 → 回盘 → 完成', () => {
    expect(runStep('PREPARING')).toBe(0)
    expect(runStep('PREPARED')).toBe(1)
    expect(runStep('APPROVED')).toBe(2)
    expect(runStep('EXPORTED')).toBe(3)
    expect(runStep('RECONCILED')).toBe(4)
    expect(runStep('CANCELLED')).toBe(1)
  })
})

describe('actions allowed per run state', () => {
  it('offers resume and cancel while preparing', () => {
    expect(usable('PREPARING')).toEqual(['resume', 'cancel'])
  })

  it('offers cancel (作废) and approve or reject (驳回) while prepared', () => {
    expect(usable('PREPARED')).toEqual(['cancel', 'approve', 'reject'])
  })

  it('lets only a second person reject, and the preparer still cancel', () => {
    const run = paymentRun({ status: 'PREPARED', preparedBy: 'county.staff' })
    expect(runActions(run, actor('county.staff')).reject).toEqual({
      visible: true,
      enabled: false,
      reason: SAME_PERSON_REJECT_REASON,
    })
    expect(runActions(run, checker).reject.enabled).toBe(true)
    expect(runActions(run, actor('county.viewer', [P.RUN_LIST])).reject.visible).toBe(false)
  })

  it('offers nothing on a rejected run, which stays at the review step', () => {
    expect(usable('REJECTED')).toEqual([])
    expect(runStep('REJECTED')).toBe(1)
  })

  it('offers only the bank file export once approved: an approved run cannot be cancelled', () => {
    expect(usable('APPROVED')).toEqual(['export'])
  })

  it('offers the download and the return file once exported', () => {
    expect(usable('EXPORTED')).toEqual(['download', 'reconcile'])
  })

  it('offers a follow-up run for failed lines once reconciled, and a second return file while lines are unanswered', () => {
    expect(usable('RECONCILED', checker, { paidCount: 290, failedCount: 10 })).toEqual([
      'download',
      'followUp',
    ])
    expect(usable('RECONCILED', checker, { paidCount: 200, failedCount: 10 })).toEqual([
      'download',
      'reconcile',
      'followUp',
    ])
    const allPaid = runActions(paymentRun({ status: 'RECONCILED', paidCount: 300 }), checker)
    expect(allPaid.followUp).toEqual({
      visible: true,
      enabled: false,
      reason: '没有发放失败的明细',
    })
  })

  it('offers nothing on a cancelled run', () => {
    expect(usable('CANCELLED')).toEqual([])
  })

  it('hides what the user has no permission for (township staff only look)', () => {
    const township = actor('xitang.staff', [P.RUN_LIST])
    for (const status of ['PREPARING', 'PREPARED', 'APPROVED', 'EXPORTED', 'RECONCILED'] as const) {
      const actions = runActions(paymentRun({ status, failedCount: 3 }), township)
      expect(Object.values(actions).some((a) => a.visible)).toBe(false)
    }
  })
})

describe('maker-checker', () => {
  it('disables approve for the preparer with the reason, and enables it for a second person', () => {
    const run = paymentRun({ status: 'PREPARED', preparedBy: 'county.staff' })
    expect(runActions(run, actor('county.staff')).approve).toEqual({
      visible: true,
      enabled: false,
      reason: SAME_PERSON_REASON,
    })
    expect(runActions(run, checker).approve).toEqual({ visible: true, enabled: true, reason: '' })
  })

  it('lets the preparer still cancel their own run', () => {
    const run = paymentRun({ status: 'PREPARED', preparedBy: 'county.staff' })
    expect(runActions(run, actor('county.staff')).cancel.enabled).toBe(true)
  })

  it('disables approve of a run without lines', () => {
    const run = paymentRun({ status: 'PREPARED', lineCount: 0 })
    expect(runActions(run, checker).approve.enabled).toBe(false)
  })
})

describe('reconciliation summary', () => {
  it('counts paid, failed and unanswered lines and the share settled', () => {
    const run = paymentRun({
      status: 'RECONCILED',
      lineCount: 300,
      paidCount: 250,
      failedCount: 26,
    })
    const summary = reconciliationSummary(run, { paidLines: 250, failedLines: 26, unmatched: [] })
    expect(summary).toMatchObject({
      total: 300,
      paid: 250,
      failed: 26,
      pending: 24,
      settledPercent: 92,
      paidPercent: 83,
      lastFile: { paid: 250, failed: 26, unmatched: [] },
    })
    expect(summary.advice).toBe('还有 24 条明细银行尚未回盘，可再导入回盘文件')
  })

  it('advises a follow-up run when all lines are answered and some failed', () => {
    const run = paymentRun({ status: 'RECONCILED', lineCount: 10, paidCount: 8, failedCount: 2 })
    const summary = reconciliationSummary(run)
    expect(summary.settledPercent).toBe(100)
    expect(summary.lastFile).toBeNull()
    expect(summary.advice).toBe('有 2 条明细发放失败，可生成补发批次重新发放')
  })

  it('says all were paid, and asks for the return file before one came', () => {
    expect(
      reconciliationSummary(paymentRun({ status: 'RECONCILED', lineCount: 4, paidCount: 4 }))
        .advice,
    ).toBe('全部发放成功')
    expect(reconciliationSummary(paymentRun({ status: 'EXPORTED' })).advice).toBe(
      '请导入银行回盘文件',
    )
  })

  it('does not divide by zero for a run without lines', () => {
    const summary = reconciliationSummary(paymentRun({ status: 'EXPORTED', lineCount: 0 }))
    expect(summary.settledPercent).toBe(0)
    expect(summary.pending).toBe(0)
  })
})

describe('periodLabel', () => {
  it('names the months of a run, across a year end', () => {
    expect(periodLabel('2031-01-01', 1)).toBe('2031-01')
    expect(periodLabel('2031-11-01', 3)).toBe('2031-11 至 2032-01')
  })
})
