package org.rongjun.care;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.rongjun.shared.PlausibleDate;

/** A problem raised on a visit, who is to solve it and by when. */
public record ProblemDraft(
		@NotBlank(message = "请填写问题内容") @Size(max = 500, message = "问题内容不能超过500个字") String description,
		@NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字") String assignee,
		@NotNull(message = "请填写办理期限") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 5) LocalDate deadline) {
}
