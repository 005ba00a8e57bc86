import { http, type Page } from '@/shared/api/http'

/** Who is signed in to the portal. */
export interface PortalMe {
  name: string
}

/** The answer to every sign-up request, matched or not. */
export interface CodeRequested {
  ticket: string
  expiresInSeconds: number
}

export interface OwnFile {
  name: string
  gender: 'MALE' | 'FEMALE'
  birthDate: string
  idNumberMasked: string
  phoneMasked: string | null
  bankName: string | null
  bankAccountMasked: string | null
  householdRegionName: string
  address: string | null
  enlistmentDate: string | null
  dischargeDate: string | null
  militaryBranch: string | null
  dischargeType: string | null
  categories: string[]
}

export interface HouseholdMember {
  id: number
  relationship: string
  name: string
  gender: 'MALE' | 'FEMALE' | null
  birthDate: string | null
  idNumberMasked: string | null
  phoneMasked: string | null
  deathDate: string | null
}

export type PaymentState = 'PENDING' | 'PAID' | 'FAILED'

export interface Payment {
  personName: string
  benefit: string
  periodMonth: string
  amountFen: number
  state: PaymentState
  failureReason: string | null
  settledOn: string | null
  bankAccountMask: string | null
}

/**
 * Sign-in calls answer 401 for a wrong password: they show it themselves. Other calls'
 * 401 (the session ended) takes the person to the portal's sign-in page (main.ts).
 */
const own = { skipAuthRedirect: true }

export const portalApi = {
  async me(): Promise<PortalMe> {
    return (await http.get<PortalMe>('/api/portal/me', { ...own, silent: true })).data
  },
  async requestCode(name: string, idNumber: string, phone: string): Promise<CodeRequested> {
    return (
      await http.post<CodeRequested>(
        '/api/portal/auth/activation-code',
        { name, idNumber, phone },
        { ...own, silent: true },
      )
    ).data
  },
  async activate(ticket: string, code: string, password: string): Promise<PortalMe> {
    return (
      await http.post<PortalMe>(
        '/api/portal/auth/activation',
        { ticket, code, password },
        { ...own, silent: true },
      )
    ).data
  },
  async login(idNumber: string, password: string): Promise<PortalMe> {
    return (
      await http.post<PortalMe>(
        '/api/portal/auth/login',
        { idNumber, password },
        { ...own, silent: true },
      )
    ).data
  },
  async logout(): Promise<void> {
    await http.post('/api/portal/auth/logout', {})
  },
  async file(): Promise<OwnFile> {
    return (await http.get<OwnFile>('/api/portal/file')).data
  },
  async household(): Promise<HouseholdMember[]> {
    return (await http.get<HouseholdMember[]>('/api/portal/household')).data
  },
  async payments(page: number, size = 12): Promise<Page<Payment>> {
    return (await http.get<Page<Payment>>('/api/portal/payments', { params: { page, size } })).data
  },
}
