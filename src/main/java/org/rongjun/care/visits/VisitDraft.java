package org.rongjun.care.visits;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.care.ProblemDraft;
import org.rongjun.care.Problem;
import org.rongjun.care.VisitKind;

import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;

/**
 * A visit to a person ({@code veteranId}) or a garrison unit ({@code garrisonUnitId}):
 * who went, when, where, what was given (gifts' value and cash in fen) and the opinions
 * heard (意见建议); each entry of {@code problems} becomes a tracked Problem.
 */
public record VisitDraft(@Nullable Long veteranId, @Nullable Long garrisonUnitId,
		@NotNull(message = "请选择走访方式") VisitKind kind,
		@NotNull(message = "请填写走访日期") @PlausibleDate(earliest = PlausibleDate.RECORDS) LocalDate visitedOn,
		@NotBlank(message = "请填写走访人员") @Size(max = 200, message = "走访人员不能超过200个字") String visitors,
		@Nullable @Size(max = 200, message = "地点不能超过200个字") String location,
		@Nullable @Size(max = 500, message = "慰问物品不能超过500个字") String gifts, @Nullable @Fen(min = 0) Long giftValueFen,
		@Nullable @Fen(min = 0) Long fundsFen, @Nullable @Size(max = 2000, message = "意见建议不能超过2000个字") String opinions,
		@Nullable List<@Valid ProblemDraft> problems) {
}
