import {
  channelLabels,
  type Campaign,
  type Channel,
  type ChannelReach,
  type MessageStatus,
  type StatusCounts,
} from './api'

/** The variables a template may use (server: TemplateText.KNOWN), in chip order. */
export const TEMPLATE_VARIABLES: { name: string; label: string }[] = [
  { name: 'name', label: '姓名' },
  { name: 'festival', label: '节日' },
  { name: 'amount', label: '金额' },
  { name: 'date', label: '日期' },
  { name: 'region', label: '地区' },
]

/** Campaign-wide variables a sender fills in (name and amount come per person). */
export const CAMPAIGN_VARIABLES = ['festival', 'date', 'region']

const PLACEHOLDER = /\$\{([^}]*)}/g

/** The variables a text uses, in order of first appearance. */
export function usedVariables(text: string): string[] {
  const seen: string[] = []
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim()
    if (!seen.includes(name)) seen.push(name)
  }
  return seen
}

/** The variables a text uses that no template may use (a typo such as `${nmae}`). */
export function unknownVariables(text: string): string[] {
  const known = TEMPLATE_VARIABLES.map((v) => v.name)
  return usedVariables(text).filter((name) => !known.includes(name))
}

/**
 * Inserts `${variable}` into `text` replacing the selection [start, end); answers the new text
 * and where the caret goes (right after the placeholder).
 */
export function insertVariable(
  text: string,
  variable: string,
  start: number,
  end: number = start,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  const placeholder = '${' + variable + '}'
  return {
    text: text.slice(0, from) + placeholder + text.slice(to),
    caret: from + placeholder.length,
  }
}

/** Messages that need no more sending: a provider's answer, an opt-out, no address. */
const SETTLED: MessageStatus[] = [
  'SENT',
  'DELIVERED',
  'FAILED',
  'SKIPPED_OPTED_OUT',
  'SKIPPED_NO_ADDRESS',
]

export function emptyCounts(): StatusCounts {
  return {
    PENDING: 0,
    SENDING: 0,
    SENT: 0,
    DELIVERED: 0,
    FAILED: 0,
    SKIPPED_OPTED_OUT: 0,
    SKIPPED_NO_ADDRESS: 0,
  }
}

/**
 * How far a campaign has got: settled messages over all its messages, 0–100; below 100 while its
 * audience is still being queued.
 */
export function progressOf(
  campaign: Pick<Campaign, 'messageCount' | 'countsByStatus' | 'status'>,
): number {
  const counts = { ...emptyCounts(), ...campaign.countsByStatus }
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || campaign.messageCount
  if (total === 0) return campaign.status === 'DONE' ? 100 : 0
  const settled = SETTLED.reduce((sum, status) => sum + counts[status], 0)
  const percent = Math.floor((settled * 100) / total)
  // 100 only once the server says DONE (receipts may still turn SENT into DELIVERED).
  return campaign.status === 'DONE' ? 100 : Math.min(percent, 99)
}

/** Whether the detail page should keep refreshing. */
export function isInFlight(
  campaign: Pick<Campaign, 'status' | 'queuedAt' | 'audienceQueuedAt' | 'audience'>,
): boolean {
  // Sending, or begun and the audience not yet all read (a chunk may not be written yet).
  return campaign.status === 'SENDING' || isQueuing(campaign)
}

/** Whether the campaign's audience is still being read into the outbox. */
export function isQueuing(
  campaign: Pick<Campaign, 'queuedAt' | 'audienceQueuedAt' | 'audience'>,
): boolean {
  return (
    campaign.audience !== null && campaign.queuedAt !== null && campaign.audienceQueuedAt === null
  )
}

/**
 * One sentence per channel on whom an audience reaches and whom it leaves out, e.g.
 * `短信：可送达 380 人；无手机号 40 人，已退订 3 人`.
 */
export function describeReach(reach: ChannelReach): string {
  const out: string[] = []
  if (reach.noAddress > 0) out.push(`${reach.noAddressReason} ${reach.noAddress} 人`)
  if (reach.optedOut > 0) out.push(`已退订 ${reach.optedOut} 人`)
  const label = channelLabels[reach.channel]
  return `${label}：可送达 ${reach.reachable} 人` + (out.length ? `；${out.join('，')}` : '')
}

/** Rows of the delivery report table: one per channel, statuses as columns, plus a total. */
export function reportRows(
  countsByChannel: Partial<Record<Channel, StatusCounts>>,
): ({ channel: Channel | 'TOTAL'; total: number } & StatusCounts)[] {
  const rows: ({ channel: Channel | 'TOTAL'; total: number } & StatusCounts)[] = []
  const sum = emptyCounts()
  for (const channel of ['SMS', 'EMAIL', 'WECHAT', 'IN_APP'] as Channel[]) {
    const counts = countsByChannel[channel]
    if (!counts) continue
    const row = { ...emptyCounts(), ...counts }
    let total = 0
    for (const status of Object.keys(sum) as MessageStatus[]) {
      sum[status] += row[status]
      total += row[status]
    }
    rows.push({ channel, total, ...row })
  }
  if (rows.length > 1) {
    rows.push({ channel: 'TOTAL', total: rows.reduce((a, r) => a + r.total, 0), ...sum })
  }
  return rows
}

/** A plain-language summary of an audience for lists and the wizard's last step. */
export function describeAudience(
  audience: {
    regionCode?: string | null
    category?: string | null
    status?: string | null
    ageFrom?: number | null
    ageTo?: number | null
    anniversary?: string | null
    on?: string | null
  } | null,
  names: { region?: string | null; category?: string | null; status?: string | null } = {},
): string {
  if (!audience) return '接口提交的接收人'
  const parts: string[] = []
  parts.push(audience.regionCode ? (names.region ?? audience.regionCode) : '本辖区全部')
  if (audience.category) parts.push(names.category ?? audience.category)
  if (audience.status) parts.push(names.status ?? audience.status)
  const { ageFrom, ageTo } = audience
  if (ageFrom != null && ageTo != null) parts.push(`${ageFrom}–${ageTo}岁`)
  else if (ageFrom != null) parts.push(`${ageFrom}岁及以上`)
  else if (ageTo != null) parts.push(`${ageTo}岁及以下`)
  if (audience.anniversary === 'BIRTHDAY') parts.push(`${audience.on ?? ''}过生日`)
  if (audience.anniversary === 'ENLISTMENT') parts.push(`${audience.on ?? ''}入伍纪念日`)
  return parts.join(' · ') + '（健在人员）'
}
