import { describe, expect, it } from 'vitest'
import { availableLetters, availableSteps } from '../steps'
import type { Petition } from '../api'

function petition(overrides: Partial<Petition>): Petition {
  return {
    id: 1,
    registrationNo: '330421-XF-2026-00001',
    channel: 'LETTER',
    sourceOrg: null,
    receivedOn: '2026-02-01',
    regionCode: '330421103001',
    regionName: '西街社区',
    petitionClass: 'CLAIM',
    category: 'BENEFITS',
    subject: '反映待遇',
    content: '……',
    petitioner: {
      veteranId: null,
      name: '周',
      anonymous: false,
      phoneMask: null,
      idNumberMask: null,
      address: 'x',
    },
    headcount: 1,
    representatives: [],
    accused: [],
    accusedUnit: null,
    status: 'REGISTERED',
    handler: null,
    repeatOf: null,
    repeatOfNo: null,
    acceptedOn: null,
    procedureNote: null,
    notAcceptedReason: null,
    notAcceptedNote: null,
    objectionReason: null,
    extension: null,
    reviewingBody: null,
    recheckingBody: null,
    closedOn: null,
    closingNote: null,
    registeredBy: 'county.staff',
    registeredAt: '2026-02-01T10:00:00+08:00',
    clocks: [],
    answers: [],
    hearings: [],
    evaluations: [],
    recusals: [],
    timeline: [],
    ...overrides,
  }
}

const ids = (p: Petition) => availableSteps(p).map((s) => s.id)

describe('the steps a petition offers', () => {
  it('offers an objection only on a transferred case (Art 23 ¶3)', () => {
    expect(ids(petition({}))).toContain('accept')
    expect(ids(petition({}))).not.toContain('object')
    expect(ids(petition({ channel: 'HOTLINE_12345' }))).toContain('object')
  })

  it('offers the extension once and its approval while it waits (Art 34)', () => {
    expect(ids(petition({ status: 'HANDLING' }))).toContain('extension')
    const pending = petition({
      status: 'HANDLING',
      extension: {
        days: 30,
        reason: '调档',
        requestedBy: 'a',
        requestedOn: '2026-03-01',
        status: 'PENDING',
        decidedBy: null,
        decidedOn: null,
        remark: null,
      },
    })
    expect(ids(pending)).toContain('extension-decision')
    expect(ids(pending)).not.toContain('extension')
  })

  it('offers 复查 after the answer and 复核 after the 复查 opinion (Art 35, 36)', () => {
    const review = availableSteps(petition({ status: 'ANSWERED' })).find(
      (s) => s.id === 'review-request',
    )
    expect(review?.fixed).toEqual({ stage: 'REVIEW' })
    const recheck = availableSteps(petition({ status: 'REVIEWED' })).find(
      (s) => s.id === 'review-request',
    )
    expect(recheck?.fixed).toEqual({ stage: 'RECHECK' })
    expect(ids(petition({ status: 'IN_RECHECK' }))).toContain('hearing')
    expect(ids(petition({ status: 'FINAL' }))).not.toContain('recuse')
  })

  it('lists the letters that exist', () => {
    expect(availableLetters(petition({ acceptedOn: '2026-02-10' })).map((l) => l.kind)).toEqual([
      'acceptance',
    ])
  })
})
