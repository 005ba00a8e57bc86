import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { problemMessage, toProblem } from '@/shared/api/http'
import { usePagedQuery } from '@/shared/composables/usePagedQuery'
import { usePermission } from '@/shared/composables/usePermission'
import { useUserStore } from '@/shared/stores/user'
import { confirmed } from '@/shared/utils/confirm'
import { formatYuan } from '@/shared/utils/money'
import { periodLabel, runActions, runStep, type RunAction } from '../runWorkflow'
import {
  benefitTypeLabel,
  runApi,
  type LineState,
  type PaymentRun,
  type Reconciliation,
  type RunReview,
} from '../api'

/** Asked before an action that cannot be undone. */
export interface Confirmation {
  title: string
  message: string
  button: string
}

/** How often a run being prepared by someone else's job is read again. */
export const PREPARING_POLL_MS = 2000

/** `批次 #12（残疾抚恤金 2031-01）共 300 条明细，合计 1,234.56 元`, for confirmations. */
export function describeRun(r: PaymentRun): string {
  return `批次 #${r.id}（${benefitTypeLabel(r.benefitType)} ${periodLabel(r.firstMonth, r.months)}）共 ${r.lineCount} 条明细，合计 ${formatYuan(r.totalFen)} 元`
}

/**
 * The state of one payment run's page and what can be done with it: the run, its review history
 * and a page of its lines, loaded together and again after every action; while the run is
 * PREPARING, the preparation job's progress when the job is the user's (the run names its job),
 * else the run read again every two seconds. Actions confirm first where they cannot be undone,
 * show the outcome, and leave `busy` set while they run. The rules of which action is offered
 * live in runWorkflow.ts; the server checks them all again.
 */
export function usePaymentRun(id: Ref<number>) {
  const user = useUserStore()
  const { can } = usePermission()

  const run = ref<PaymentRun | null>(null)
  const notFound = ref(false)
  const reviews = ref<RunReview[]>([])
  const busy = ref<RunAction | null>(null)
  /** The answer to the return file imported on this page, if any. */
  const lastReturn = ref<Reconciliation | null>(null)

  const actions = computed(() =>
    run.value ? runActions(run.value, { username: user.me?.username ?? '', can }) : null,
  )
  const step = computed(() => (run.value ? runStep(run.value.status) : 0))

  /** The preparation job to follow: the run's own, if the user started it (jobs are private). */
  const preparationJobId = computed(() => {
    const r = run.value
    return r?.status === 'PREPARING' && r.jobId != null && r.jobOwner === user.me?.username
      ? r.jobId
      : null
  })

  const lines = usePagedQuery(
    (f: { state: LineState | '' }, paging) =>
      runApi.lines(id.value, { state: f.state || null, ...paging }),
    { filters: () => ({ state: '' as LineState | '' }) },
  )

  let pollTimer: ReturnType<typeof setTimeout> | undefined

  async function loadRun(): Promise<void> {
    try {
      run.value = await runApi.get(id.value, { silent: true })
      notFound.value = false
    } catch (e) {
      if (toProblem(e)?.status === 404) notFound.value = true
      else ElMessage.error(problemMessage(e, '无法读取批次'))
      return
    }
    clearTimeout(pollTimer)
    if (run.value.status === 'PREPARING' && preparationJobId.value == null) {
      // reloadAll, not loadRun: once the run is PREPARED its lines must be fetched too
      pollTimer = setTimeout(() => void reloadAll(), PREPARING_POLL_MS)
    }
  }

  async function loadReviews(): Promise<void> {
    try {
      reviews.value = await runApi.reviews(id.value)
    } catch {
      reviews.value = []
    }
  }

  /** The run, its history and (once prepared) the current page of its lines. */
  async function reloadAll(): Promise<void> {
    await loadRun()
    if (run.value) await loadReviews()
    if (run.value && run.value.status !== 'PREPARING') await lines.load()
  }

  /** The preparation job ended: the run has its lines (or the job failed and it is resumable). */
  function onPrepared(): void {
    void reloadAll()
  }

  async function act(
    action: RunAction,
    confirm: Confirmation | null,
    call: () => Promise<PaymentRun>,
    done: string,
  ): Promise<PaymentRun | null> {
    if (confirm && !(await confirmed(confirm.message, confirm.title, confirm.button))) return null
    busy.value = action
    try {
      const answer = await call()
      ElMessage.success(done)
      return answer
    } catch {
      // the http layer has shown the problem
      return null
    } finally {
      busy.value = null
    }
  }

  /** The checker's decision: approve (comment optional) or reject (reason required). */
  async function review(action: 'approve' | 'reject', comment: string): Promise<void> {
    const r = run.value
    if (!r) return
    const approving = action === 'approve'
    const answer = await act(
      action,
      null,
      () => (approving ? runApi.approve(r.id, comment || null) : runApi.reject(r.id, comment)),
      approving ? '批次已审核通过' : '批次已驳回',
    )
    if (answer) {
      run.value = answer
      await loadReviews()
      if (!approving) await lines.load()
    }
  }

  async function cancel(): Promise<void> {
    const r = run.value!
    const answer = await act(
      'cancel',
      {
        title: '作废发放批次',
        message: `作废${describeRun(r)}？明细将被删除，这些月份可重新生成。`,
        button: '作废',
      },
      () => runApi.cancel(r.id),
      '批次已作废',
    )
    if (answer) {
      run.value = answer
      await lines.load()
      await loadReviews()
    }
  }

  async function resume(): Promise<void> {
    const answer = await act('resume', null, () => runApi.resume(run.value!.id), '已继续生成')
    if (answer) await reloadAll()
  }

  async function exportFile(): Promise<void> {
    const r = run.value!
    const answer = await act(
      'export',
      {
        title: '导出银行发放文件',
        message: `导出${describeRun(r)}的银行发放文件？导出后批次不能再作废，文件含完整银行账号，请妥善保管。`,
        button: '导出',
      },
      () => runApi.export(r.id),
      '已导出，可下载银行发放文件',
    )
    if (answer) {
      run.value = answer
      await loadReviews()
    }
  }

  /** Creates the follow-up run for the failed lines; answers it (to open it) or null. */
  async function followUp(): Promise<PaymentRun | null> {
    const r = run.value!
    return act(
      'followUp',
      {
        title: '生成补发批次',
        message: `为批次 #${r.id} 中发放失败的 ${r.failedCount} 条明细生成补发批次？收款账户将从人员档案重新读取。`,
        button: '生成',
      },
      () => runApi.followUp(r.id),
      '已生成补发批次',
    )
  }

  /** Imports the bank's return file; answers the problem's message, or null when it worked. */
  async function reconcile(file: File): Promise<string | null> {
    const r = run.value
    if (!r) return null
    busy.value = 'reconcile'
    try {
      lastReturn.value = await runApi.reconcile(r.id, await file.text())
      ElMessage.success('回盘已导入')
      await reloadAll()
      return null
    } catch (e) {
      return problemMessage(e, '回盘文件导入失败')
    } finally {
      busy.value = null
    }
  }

  watch(id, () => {
    lastReturn.value = null
    lines.filters.state = ''
    void reloadAll()
  })
  onMounted(() => void reloadAll())
  onBeforeUnmount(() => clearTimeout(pollTimer))

  return {
    run,
    notFound,
    reviews,
    busy,
    lastReturn,
    actions,
    step,
    preparationJobId,
    lines,
    reloadAll,
    onPrepared,
    review,
    cancel,
    resume,
    exportFile,
    followUp,
    reconcile,
  }
}
