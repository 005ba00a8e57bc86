package org.rongjun.benefits;

import org.jspecify.annotations.Nullable;

/**
 * The bank settled a one-off payment scheduled through {@link OneOffPayments}:
 * {@code paid} true, or false with the bank's reason (a follow-up run may still pay it).
 */
public record OneOffPaymentSettled(String reference, BenefitType benefitType, boolean paid, @Nullable String reason) {
}
