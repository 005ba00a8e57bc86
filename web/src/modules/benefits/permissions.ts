/** The permission codes of the benefits module (BenefitsPermissions.java). */
export const BenefitsPermissions = {
  STANDARD_LIST: 'benefits:standard:list',
  STANDARD_EDIT: 'benefits:standard:edit',
  /** Approving a standard someone else entered (two-person rule). */
  STANDARD_APPROVE: 'benefits:standard:approve',
  RUN_LIST: 'benefits:run:list',
  RUN_PREPARE: 'benefits:run:prepare',
  /** Approving a run someone else prepared (maker-checker). */
  RUN_APPROVE: 'benefits:run:approve',
  /** Downloading the bank file, which holds full account numbers. */
  RUN_EXPORT: 'benefits:run:export',
  RUN_RECONCILE: 'benefits:run:reconcile',
  KPI_LIST: 'benefits:kpi:list',
  /** Recording 追缴 recoveries and requesting a 核销 (write-off). */
  OVERPAYMENT_MANAGE: 'benefits:overpayment:manage',
  /** Approving a 核销 someone else requested (two-person rule). */
  OVERPAYMENT_WAIVE: 'benefits:overpayment:waive',
} as const
