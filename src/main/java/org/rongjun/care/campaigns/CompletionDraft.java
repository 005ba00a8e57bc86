package org.rongjun.care.campaigns;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;

/** Completion of one target: when, what was spent (default the standard), a note. */
public record CompletionDraft(
		@NotNull(message = "请填写慰问日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate completedOn,
		@Nullable @Fen(min = 0) Long spentFen, @Nullable @Size(max = 500, message = "备注不能超过500个字") String note) {
}
