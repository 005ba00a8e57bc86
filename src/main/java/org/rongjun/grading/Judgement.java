package org.rongjun.grading;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

/**
 * A township's review or the county's rating: a finding on every criterion, a remark, and
 * (rating only) the date by which unmet criteria are to be fixed.
 */
public record Judgement(@NotEmpty(message = "请逐项评定") List<@Valid Finding> findings,
		@Size(max = 2000, message = "意见不能超过2000个字") @Nullable String note,
		@PlausibleDate(earliest = "2018-01-01", yearsAhead = 3) @Nullable LocalDate improveBy) {
}
