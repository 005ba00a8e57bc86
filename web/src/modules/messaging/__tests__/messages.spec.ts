import { describe, expect, it } from 'vitest'
import {
  describeAudience,
  describeReach,
  emptyCounts,
  insertVariable,
  isInFlight,
  progressOf,
  reportRows,
  unknownVariables,
  usedVariables,
} from '../messages'

describe('template variables', () => {
  it('lists the variables a text uses once each, in order', () => {
    expect(usedVariables('${name}同志：祝您${festival}快乐，${name}')).toEqual(['name', 'festival'])
    expect(usedVariables('没有变量')).toEqual([])
  })

  it('finds typos the server would refuse', () => {
    expect(unknownVariables('${nmae}同志：${festival}')).toEqual(['nmae'])
    expect(unknownVariables('${ name }同志')).toEqual([])
  })

  it('inserts a placeholder at the caret or over the selection', () => {
    expect(insertVariable('同志：', 'name', 0)).toEqual({ text: '${name}同志：', caret: 7 })
    expect(insertVariable('祝您XX快乐', 'festival', 2, 4)).toEqual({
      text: '祝您${festival}快乐',
      caret: 13,
    })
    // a caret past the end (text shortened meanwhile) appends
    expect(insertVariable('您好', 'date', 10)).toEqual({ text: '您好${date}', caret: 9 })
  })
})

describe('campaign progress', () => {
  const counts = emptyCounts()

  it('counts settled messages (sent, delivered, failed, opted out) over all messages', () => {
    expect(
      progressOf({
        status: 'SENDING',
        messageCount: 100,
        countsByStatus: { ...counts, PENDING: 50, SENT: 30, FAILED: 10, SKIPPED_OPTED_OUT: 10 },
      }),
    ).toBe(50)
  })

  it('shows 100 only when the server says the campaign is done', () => {
    expect(
      progressOf({ status: 'SENDING', messageCount: 3, countsByStatus: { ...counts, SENT: 3 } }),
    ).toBe(99)
    expect(
      progressOf({ status: 'DONE', messageCount: 3, countsByStatus: { ...counts, SENT: 3 } }),
    ).toBe(100)
    expect(progressOf({ status: 'DRAFT', messageCount: 0, countsByStatus: {} })).toBe(0)
  })

  it('keeps refreshing while sending or while the audience is being queued', () => {
    const audience = { regionCode: '330421103000' }
    const begun = '2026-08-01T01:00:00Z'
    expect(
      isInFlight({ status: 'SENDING', queuedAt: begun, audienceQueuedAt: begun, audience }),
    ).toBe(true)
    expect(isInFlight({ status: 'DRAFT', queuedAt: begun, audienceQueuedAt: null, audience })).toBe(
      true,
    )
    // a crash left the audience half queued: the campaign is not over, however drained
    expect(
      isInFlight({ status: 'SENDING', queuedAt: begun, audienceQueuedAt: null, audience }),
    ).toBe(true)
    expect(isInFlight({ status: 'DRAFT', queuedAt: null, audienceQueuedAt: null, audience })).toBe(
      false,
    )
    expect(isInFlight({ status: 'DONE', queuedAt: begun, audienceQueuedAt: begun, audience })).toBe(
      false,
    )
  })

  it('counts recipients without an address as settled, not as waiting', () => {
    expect(
      progressOf({
        status: 'SENDING',
        messageCount: 0,
        countsByStatus: { ...counts, SKIPPED_NO_ADDRESS: 3, PENDING: 1 },
      }),
    ).toBe(75)
  })
})

describe('channel reach', () => {
  it('says whom a channel reaches and whom it leaves out, and why', () => {
    expect(
      describeReach({
        channel: 'SMS',
        reachable: 380,
        noAddress: 40,
        noAddressReason: '无手机号',
        optedOut: 3,
      }),
    ).toBe('短信：可送达 380 人；无手机号 40 人，已退订 3 人')
    expect(
      describeReach({
        channel: 'IN_APP',
        reachable: 0,
        noAddress: 423,
        noAddressReason: '无平台账号',
        optedOut: 0,
      }),
    ).toBe('站内信：可送达 0 人；无平台账号 423 人')
  })
})

describe('delivery report rows', () => {
  it('has one row per channel in a fixed order and a total when there are several', () => {
    const rows = reportRows({
      IN_APP: {
        PENDING: 0,
        SENDING: 0,
        SENT: 0,
        DELIVERED: 2,
        FAILED: 0,
        SKIPPED_OPTED_OUT: 0,
        SKIPPED_NO_ADDRESS: 0,
      },
      SMS: {
        PENDING: 1,
        SENDING: 0,
        SENT: 5,
        DELIVERED: 3,
        FAILED: 1,
        SKIPPED_OPTED_OUT: 2,
        SKIPPED_NO_ADDRESS: 0,
      },
    })
    expect(rows.map((r) => r.channel)).toEqual(['SMS', 'IN_APP', 'TOTAL'])
    expect(rows[0]!.total).toBe(12)
    expect(rows[2]).toMatchObject({ total: 14, DELIVERED: 5, SKIPPED_OPTED_OUT: 2 })
  })

  it('has no total row for a single channel', () => {
    const rows = reportRows({
      SMS: {
        PENDING: 0,
        SENDING: 0,
        SENT: 1,
        DELIVERED: 0,
        FAILED: 0,
        SKIPPED_OPTED_OUT: 0,
        SKIPPED_NO_ADDRESS: 0,
      },
    })
    expect(rows).toHaveLength(1)
  })
})

describe('describeAudience', () => {
  it('says what a selection means in words', () => {
    expect(describeAudience(null)).toBe('接口提交的接收人')
    expect(describeAudience({})).toBe('本辖区全部（健在人员）')
    expect(
      describeAudience({ regionCode: '330421103000', ageFrom: 60 }, { region: '西塘镇' }),
    ).toBe('西塘镇 · 60岁及以上（健在人员）')
    expect(describeAudience({ anniversary: 'BIRTHDAY', on: '2026-08-01' })).toBe(
      '本辖区全部 · 2026-08-01过生日（健在人员）',
    )
  })
})
