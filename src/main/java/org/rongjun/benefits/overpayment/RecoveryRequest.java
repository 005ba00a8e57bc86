package org.rongjun.benefits.overpayment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;

/** A recovery as staff record it: fen, the day, how, and the receipt or reference. */
public record RecoveryRequest(@NotNull(message = "请填写追回金额") @Fen Long amountFen,
		@NotNull(message = "请填写追回日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate recoveredOn,
		@NotNull(message = "请选择追回方式") RecoveryMethod method,
		@Nullable @Size(max = 100, message = "收据号或流水号不能超过100个字") String reference) {
}
