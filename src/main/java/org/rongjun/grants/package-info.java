/**
 * Hardship grants (临时困难补助): a one-off sum for a veteran's household in difficulty,
 * applied for by staff on the person's behalf, reviewed level by level (village,
 * township, county) where each level may approve up to the cap its county set and
 * forwards anything above, then paid offline or through a payment run (docs/rules.md;
 * 军人抚恤优待条例 Art 38, 退役军人保障法 Art 55). Nobody decides an application they submitted.
 * Approved grants are announced as {@link org.rongjun.grants.HardshipGrantApproved} for
 * the payment system, which reports back through
 * {@link org.rongjun.grants.HardshipGrants#recordPayment}. Evidence files are kept by the
 * attachments module; applications waiting for a decision show on the workbench.
 */
@ApplicationModule(displayName = "Hardship grants 临时困难补助",
		allowedDependencies = { "benefits", "registry", "organization", "attachments", "workbench", "shared" })
@NullMarked
package org.rongjun.grants;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
