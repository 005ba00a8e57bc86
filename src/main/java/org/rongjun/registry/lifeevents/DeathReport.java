package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

/**
 * A reported death. {@code source} is how the bureau learned of it (公安户籍注销, 家属报告, 医院证明
 * …); {@code paidThroughMonth} is the month payments ran through when known, else the
 * death month is recorded.
 */
public record DeathReport(@NotNull(message = "请填写去世日期") @PlausibleDate LocalDate date,
		@NotBlank(message = "请填写信息来源") @Size(max = 50, message = "信息来源不能超过50个字") String source,
		@Nullable @Size(max = 500, message = "备注不能超过500个字") String remark,
		@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 10) YearMonth paidThroughMonth) {
}
