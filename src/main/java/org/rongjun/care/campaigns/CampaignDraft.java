package org.rongjun.care.campaigns;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;

/**
 * A festival campaign over a region: the target types included (with the standard each
 * receives), the beneficiary categories that count as 重点优抚对象 (default: the configured
 * ones) and the budget.
 */
public record CampaignDraft(@NotNull(message = "请选择节日") CampaignKind kind,
		@NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确") @Max(value = 2100,
				message = "年度不正确") Integer year,
		@NotBlank(message = "请填写活动名称") @Size(max = 50, message = "名称不能超过50个字") String name,
		@NotBlank(message = "请选择区划") String regionCode,
		@NotNull(message = "请填写开始日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 5) LocalDate startsOn,
		@NotNull(message = "请填写结束日期") @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 5) LocalDate endsOn,
		@NotNull(message = "请填写预算") @Fen(min = 0, max = 100 * Fen.MILLION_YUAN) Long budgetFen,
		@Nullable List<String> categories, @NotEmpty(message = "请至少选择一类慰问对象") List<@Valid CampaignStandard> standards) {
}
