package org.rongjun.benefits.overpayment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A recovery as staff record it: fen, the day, how, and the receipt or reference. */
public record RecoveryRequest(@NotNull(message = "请填写追回金额") @Positive(message = "追回金额须大于零") Long amountFen,
		@NotNull(message = "请填写追回日期") LocalDate recoveredOn, @NotNull(message = "请选择追回方式") RecoveryMethod method,
		@Nullable @Size(max = 100, message = "收据号或流水号不能超过100个字") String reference) {
}
