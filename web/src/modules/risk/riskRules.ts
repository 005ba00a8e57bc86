import { addDays, today } from '@/shared/utils/dates'
import {
  suggestedDays,
  type RiskCategory,
  type RiskDraft,
  type RiskItem,
  type RiskLevel,
} from './api'

/** The rules of the risk pages, kept out of the views and tested as sentences. */

/** A blank risk of a level (and category), due by the level's suggested deadline. */
export function blankDraft(
  level: RiskLevel = 'GENERAL',
  category: RiskCategory = 'OTHER',
  owner = '',
): RiskDraft {
  return {
    level,
    category,
    description: '',
    owner,
    deadline: addDays(today(), suggestedDays(level)),
  }
}

/** Who may still act on a risk: only while it is open. */
export function isOpen(item: Pick<RiskItem, 'status'>): boolean {
  return item.status === 'OPEN'
}

/** A risk can go up a level until the county has it. */
export function canEscalate(item: Pick<RiskItem, 'status' | 'escalation'>): boolean {
  return isOpen(item) && item.escalation !== 'COUNTY'
}
