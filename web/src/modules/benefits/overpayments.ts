import type { Overpayment } from './api'
import { BenefitsPermissions as P } from './permissions'

/**
 * What a user may do with an overpayment now (追缴): record a recovery and request a 核销 while it
 * is OPEN (one request at a time); approve or decline a pending 核销 only if someone else
 * requested it. The server checks all of it again.
 */
export interface OverpaymentActions {
  recover: boolean
  requestWaiver: boolean
  decideWaiver: { visible: boolean; enabled: boolean; reason: string }
}

export const SAME_PERSON_WAIVER_REASON = '不能审批自己提出的核销申请：须由申请人以外的人员审批'

export function overpaymentActions(
  o: Overpayment,
  actor: { username: string; can: (code: string) => boolean },
): OverpaymentActions {
  const open = o.status === 'OPEN'
  const pending = open && o.waiverRequestedBy != null
  return {
    recover: open && actor.can(P.OVERPAYMENT_MANAGE),
    requestWaiver: open && !pending && actor.can(P.OVERPAYMENT_MANAGE),
    decideWaiver:
      !pending || !actor.can(P.OVERPAYMENT_WAIVE)
        ? { visible: false, enabled: false, reason: '' }
        : o.waiverRequestedBy === actor.username
          ? { visible: true, enabled: false, reason: SAME_PERSON_WAIVER_REASON }
          : { visible: true, enabled: true, reason: '' },
  }
}
