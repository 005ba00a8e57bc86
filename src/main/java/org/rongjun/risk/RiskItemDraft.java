package org.rongjun.risk;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A risk to track: its grade, what it is about, who handles it and by when. */
public record RiskItemDraft(@NotNull(message = "请选择风险等级") RiskLevel level,
		@NotNull(message = "请选择风险类别") RiskCategory category,
		@NotBlank(message = "请填写风险隐患情况") @Size(max = 1000, message = "风险隐患情况不能超过1000个字") String description,
		@NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字") String owner,
		@NotNull(message = "请填写化解期限") LocalDate deadline) {
}
