package org.rongjun.care.plans;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.VisitKind;

import org.rongjun.shared.PlausibleDate;

/**
 * A plan: target group and region, what kind of visit is due and every how many months,
 * and how many days ahead the board turns yellow (default 30). {@code categories} narrows
 * 重点优抚对象 (default: the configured key categories); {@code startsOn} (default today) is
 * when the first period began, so someone never visited is due one interval after it.
 */
public record VisitPlanDraft(@NotBlank(message = "请填写计划名称") @Size(max = 50, message = "名称不能超过50个字") String name,
		@NotNull(message = "请选择走访对象") TargetGroup targetGroup, @Nullable List<String> categories,
		@NotNull(message = "请选择走访方式") VisitKind visitKind,
		@NotNull(message = "请填写周期") @Min(value = 1, message = "周期为1至60个月") @Max(value = 60,
				message = "周期为1至60个月") Integer intervalMonths,
		@Nullable @Min(value = 0, message = "提醒天数为0至366天") @Max(value = 366, message = "提醒天数为0至366天") Integer warnDays,
		@NotBlank(message = "请选择区划") String regionCode,
		@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 5) LocalDate startsOn,
		@Nullable Boolean active) {
}
