/**
 * Pensions and subsidies (抚恤优待): benefit standards versioned by effective date and
 * approved by a second person, and payment runs (发放批次) that pay one benefit for one
 * period in one region subtree: prepared set-based inside PostgreSQL from the registry's
 * published read model, approved by someone other than the preparer, exported as a bank
 * file, reconciled line by line from the bank's return file, failures re-issued by a
 * follow-up run. A beneficiary is paid at most once per benefit and month, enforced by
 * the primary key of the payment lines (ADR 0009). Other modules schedule one-off
 * payments through {@link org.rongjun.benefits.OneOffPayments} and hear back through
 * {@link org.rongjun.benefits.OneOffPaymentSettled}.
 */
@ApplicationModule(displayName = "Benefits 抚恤优待",
		allowedDependencies = { "registry", "organization", "jobs", "workbench", "shared" })
@NullMarked
package org.rongjun.benefits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
