import type { HardshipGrant, ReviewPolicy } from '../api'

export const grant = (overrides: Partial<HardshipGrant> = {}): HardshipGrant => ({
  id: 11,
  veteranId: 5,
  veteranName: '张三',
  regionCode: '330421103001',
  regionName: '西街社区',
  grantType: 'MEDICAL',
  grantTypeName: '医疗救助',
  requestedFen: 2_000_00,
  recommendedFen: null,
  approvedFen: null,
  reason: '住院治疗',
  householdSize: 3,
  payout: 'PAYMENT_RUN',
  status: 'UNDER_REVIEW',
  currentLevel: 'TOWNSHIP',
  round: 1,
  submittedBy: 'xijie.staff',
  submittedAt: '2026-11-01T08:00:00Z',
  decidedOn: null,
  payment: null,
  decisions: [],
  ...overrides,
})

export const defaults: ReviewPolicy = {
  countyCode: '330421000000',
  levels: [
    { level: 'VILLAGE', enabled: false, capFen: 0 },
    { level: 'TOWNSHIP', enabled: true, capFen: 500_00 },
    { level: 'COUNTY', enabled: true, capFen: null },
  ],
}
