import type { Petition, Step } from './api'
import { nonAcceptanceLabels, opinionLabels, satisfactionLabels, stageLabels } from './api'

/** One input of a step's form. */
export interface StepField {
  key: string
  label: string
  type: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'switch' | 'account'
  options?: Record<string, string>
  /** The value the form opens with; 'today' is replaced by today's date. */
  initial?: string | number | boolean | null
}

/** A step a user may take on a petition now: its button, its form and where it goes. */
export interface StepAction {
  id: string
  label: string
  step: Step
  permission: string
  fields: StepField[]
  /** Fixed values merged into the request (e.g. the stage). */
  fixed?: Record<string, string>
  primary?: boolean
}

const answerFields: StepField[] = [
  { key: 'request', label: '投诉请求', type: 'textarea' },
  { key: 'factsAndReasons', label: '事实和理由', type: 'textarea' },
  {
    key: 'opinion',
    label: '处理意见',
    type: 'select',
    options: opinionLabels,
    initial: 'SUPPORTED',
  },
  { key: 'opinionText', label: '意见内容', type: 'textarea' },
  { key: 'legalBasis', label: '法律法规依据', type: 'textarea' },
  { key: 'answeredOn', label: '出具日期', type: 'date', initial: 'today' },
  { key: 'deliveredOn', label: '送达日期', type: 'date' },
]

/**
 * The steps the statute allows from the petition's state (Art 23, 28, 34, 35, 36); the server
 * checks every rule again, the page only offers what can succeed.
 */
export function availableSteps(p: Petition): StepAction[] {
  const steps: StepAction[] = []
  const handle = 'petitions:petition:handle'
  const transferred = ['HOTLINE_12345', 'HOTLINE_12397', 'TRANSFERRED'].includes(p.channel)
  if (p.status === 'REGISTERED') {
    steps.push({
      id: 'accept',
      label: '受理并告知',
      step: 'acceptance',
      permission: handle,
      primary: true,
      fields: [
        { key: 'acceptedOn', label: '受理日期', type: 'date', initial: 'today' },
        { key: 'procedureNote', label: '处理途径和程序', type: 'textarea' },
      ],
    })
    steps.push({
      id: 'not-accept',
      label: '不予受理',
      step: 'non-acceptance',
      permission: handle,
      fields: [
        { key: 'reason', label: '理由', type: 'select', options: nonAcceptanceLabels },
        { key: 'note', label: '告知内容', type: 'textarea' },
      ],
    })
    if (transferred) {
      steps.push({
        id: 'object',
        label: '提出异议',
        step: 'objection',
        permission: handle,
        fields: [{ key: 'reason', label: '异议理由', type: 'textarea' }],
      })
    }
  }
  if (p.status === 'OBJECTED') {
    steps.push({
      id: 'objection-answer',
      label: '登记异议核实结果',
      step: 'objection-answer',
      permission: handle,
      fields: [
        { key: 'approve', label: '同意交还', type: 'switch', initial: true },
        { key: 'remark', label: '说明', type: 'textarea' },
      ],
    })
  }
  if (p.status === 'REGISTERED' || p.status === 'HANDLING') {
    steps.push({
      id: 'assign',
      label: '指定承办人',
      step: 'handler',
      permission: handle,
      fields: [{ key: 'handler', label: '承办人', type: 'account' }],
    })
  }
  if (p.status === 'HANDLING') {
    steps.push({
      id: 'answer',
      label: '出具处理意见书',
      step: 'answer',
      permission: handle,
      primary: true,
      fields: answerFields,
    })
    if (!p.extension || p.extension.status === 'REJECTED') {
      steps.push({
        id: 'extension',
        label: '申请延期',
        step: 'extension',
        permission: handle,
        fields: [
          { key: 'days', label: '延长天数（≤30）', type: 'number', initial: 30 },
          { key: 'reason', label: '延期理由', type: 'textarea' },
        ],
      })
    }
    if (p.extension?.status === 'PENDING') {
      steps.push({
        id: 'extension-decision',
        label: '审批延期',
        step: 'extension/decision',
        permission: 'petitions:petition:lead',
        primary: true,
        fields: [
          { key: 'approve', label: '批准', type: 'switch', initial: true },
          { key: 'remark', label: '意见', type: 'textarea' },
        ],
      })
    }
  }
  const deliverable = p.answers.filter((a) => a.deliveredOn === null)
  for (const a of deliverable) {
    steps.push({
      id: `deliver-${a.stage}`,
      label: `登记${stageLabels[a.stage]}送达`,
      step: 'deliveries',
      permission: handle,
      fixed: { stage: a.stage },
      fields: [{ key: 'deliveredOn', label: '送达日期', type: 'date', initial: 'today' }],
    })
  }
  if (p.status === 'ANSWERED' || p.status === 'REVIEWED') {
    const stage = p.status === 'ANSWERED' ? 'REVIEW' : 'RECHECK'
    steps.push({
      id: 'review-request',
      label: stage === 'REVIEW' ? '登记复查请求' : '登记复核请求',
      step: 'review-requests',
      permission: handle,
      fixed: { stage },
      fields: [
        { key: 'requestedOn', label: '请求日期', type: 'date', initial: 'today' },
        { key: 'reviewingBody', label: stage === 'REVIEW' ? '复查机关' : '复核机关', type: 'text' },
      ],
    })
    steps.push({
      id: 'close',
      label: '办结归档',
      step: 'closure',
      permission: handle,
      fields: [{ key: 'reason', label: '说明', type: 'textarea' }],
    })
  }
  if (p.status === 'IN_REVIEW') {
    steps.push({
      id: 'review-opinion',
      label: '录入复查意见',
      step: 'review-opinions/REVIEW',
      permission: 'petitions:petition:review',
      primary: true,
      fields: answerFields,
    })
  }
  if (p.status === 'IN_RECHECK') {
    steps.push({
      id: 'recheck-opinion',
      label: '录入复核意见',
      step: 'review-opinions/RECHECK',
      permission: 'petitions:petition:review',
      primary: true,
      fields: answerFields,
    })
    steps.push({
      id: 'hearing',
      label: '登记听证',
      step: 'hearings',
      permission: 'petitions:petition:review',
      fields: [
        { key: 'from', label: '听证开始', type: 'date' },
        { key: 'to', label: '听证结束', type: 'date' },
        { key: 'note', label: '说明', type: 'textarea' },
      ],
    })
  }
  for (const a of p.answers) {
    if (!p.evaluations.some((e) => e.stage === a.stage)) {
      steps.push({
        id: `evaluate-${a.stage}`,
        label: `登记评价（${stageLabels[a.stage]}）`,
        step: 'evaluations',
        permission: handle,
        fixed: { stage: a.stage },
        fields: [
          {
            key: 'satisfaction',
            label: '评价',
            type: 'select',
            options: satisfactionLabels,
            initial: 'SATISFIED',
          },
          { key: 'comment', label: '意见', type: 'textarea' },
        ],
      })
    }
  }
  if (!['NOT_ACCEPTED', 'RETURNED', 'CLOSED', 'FINAL'].includes(p.status)) {
    steps.push({
      id: 'recuse',
      label: '申请回避',
      step: 'recusals',
      permission: handle,
      fields: [
        { key: 'reason', label: '回避理由（与事项或信访人有直接利害关系）', type: 'textarea' },
      ],
    })
  }
  return steps
}

/** The PDFs a petition has now. */
export function availableLetters(p: Petition): { kind: string; label: string }[] {
  const letters: { kind: string; label: string }[] = []
  if (p.acceptedOn) letters.push({ kind: 'acceptance', label: '受理告知书' })
  if (p.status === 'NOT_ACCEPTED') letters.push({ kind: 'non-acceptance', label: '不予受理告知书' })
  if (p.extension?.status === 'APPROVED') letters.push({ kind: 'extension', label: '延期告知书' })
  for (const a of p.answers) {
    const kind = { HANDLING: 'opinion', REVIEW: 'review-opinion', RECHECK: 'recheck-opinion' }[
      a.stage
    ]
    letters.push({ kind, label: stageLabels[a.stage] })
  }
  return letters
}
