package org.rongjun.benefits.death;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.rongjun.shared.Fen;
import org.rongjun.shared.PlausibleDate;

/** A parameter as staff enter it, with the document it comes from. */
public record StandardParameterDraft(
		@NotNull(message = "请选择参数") @Pattern(regexp = "NATIONAL_URBAN_DISPOSABLE_INCOME|SECOND_LIEUTENANT_BASE_PAY",
				message = "参数只能是全国城镇居民人均可支配收入或少尉军官基本工资") String code,
		@NotNull(message = "请填写生效日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 2) LocalDate effectiveFrom,
		@NotNull(message = "请填写金额") @Fen Long valueFen,
		@NotBlank(message = "请填写来源（文件名称、文号）") @Size(max = 300, message = "来源不能超过300个字") String source) {
}
