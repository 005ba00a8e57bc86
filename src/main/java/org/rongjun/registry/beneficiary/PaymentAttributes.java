package org.rongjun.registry.beneficiary;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.HouseholdType;

/**
 * What a beneficiary record's standard is chosen by besides its category, grade and
 * cause: the household type (户籍类别) and whether the person is 孤老 (elderly with no one to
 * support them), which adds the 孤老增发 component where a standard has one.
 */
public record PaymentAttributes(@Nullable HouseholdType householdType, @Nullable Boolean lonelyElderly) {
}
