package org.rongjun.grading;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.organization.StationGrade;

/**
 * A station's self-assessment: the grade applied for, the facility as it is (area, rooms,
 * opening hours) and its claim on every criterion of that grade's set.
 */
public record AssessmentDraft(@NotNull(message = "请选择服务站") @Nullable Long stationId,
		@NotNull(message = "请填写评定年度") @Min(value = 2018, message = "评定年度不能早于2018年") @Max(value = 2100,
				message = "评定年度不正确") @Nullable Integer year,
		@NotNull(message = "请选择申报等级") @Nullable StationGrade targetGrade,
		@NotNull(message = "请填写服务场所面积") @Min(value = 1, message = "面积须大于0") @Max(value = 100000,
				message = "面积不能超过100000平方米") @Nullable Integer areaSqm,
		@NotNull(message = "请填写功能室数量") @Min(value = 0, message = "功能室数量不能为负") @Max(value = 1000,
				message = "功能室数量不正确") @Nullable Integer rooms,
		@NotBlank(message = "请填写开放时间") @Size(max = 100, message = "开放时间不能超过100个字") String openingHours,
		@Size(max = 2000, message = "自评说明不能超过2000个字") @Nullable String selfNote,
		@NotEmpty(message = "请逐项自评") List<@Valid Finding> items) {
}
