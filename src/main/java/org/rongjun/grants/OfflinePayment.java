package org.rongjun.grants;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A grant paid outside the payment system: when, how (现金, 转账 …) and the voucher number.
 */
public record OfflinePayment(LocalDate paidOn, String method, @Nullable String voucher) {
}
