package org.rongjun.risk;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A filled-in checklist: each finding is a risk found (it becomes a risk item); none
 * means the person was checked and nothing was found.
 */
public record ScreeningCheck(
		@NotNull(message = "请逐项填写排查结果") @Size(max = 6, message = "每类风险最多登记一项") List<@Valid RiskItemDraft> findings,
		@Nullable @Size(max = 1000, message = "排查情况不能超过1000个字") String note) {
}
