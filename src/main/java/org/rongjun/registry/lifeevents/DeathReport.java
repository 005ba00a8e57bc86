package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.registry.DeathCause;
import org.rongjun.shared.PlausibleDate;

/**
 * A reported death. {@code source} is how the bureau learned of it (公安户籍注销, 家属报告, 医院证明
 * …); {@code cause} is the 死亡性质 the documents state (required for a veteran: it decides
 * what the death pays, 抚恤条例 Art 32; optional for a family member, whose death pays the
 * same whatever the cause, Art 22); {@code documents} names them (死亡证明编号 …);
 * {@code paidThroughMonth} is the month payments ran through when known, else the death
 * month is recorded.
 */
public record DeathReport(@NotNull(message = "请填写去世日期") @PlausibleDate LocalDate date,
		@NotBlank(message = "请填写信息来源") @Size(max = 50, message = "信息来源不能超过50个字") String source,
		@Nullable @Size(max = 500, message = "备注不能超过500个字") String remark,
		@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 10) YearMonth paidThroughMonth,
		@Nullable DeathCause cause, @Nullable @Size(max = 200, message = "证明材料不能超过200个字") String documents) {

	/** A report without cause or documents (a family member's death). */
	public DeathReport(LocalDate date, String source, @Nullable String remark, @Nullable YearMonth paidThroughMonth) {
		this(date, source, remark, paidThroughMonth, null, null);
	}

}
