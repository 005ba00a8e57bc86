package org.rongjun.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

/**
 * A decision of a meeting to be carried out: by whom (a unit and a person), where it is
 * followed up (the region whose staff see it on their workbench) and by when.
 */
public record ActionItemDraft(
		@NotBlank(message = "请填写决定事项") @Size(max = 1000, message = "决定事项不能超过1000个字") String decision,
		@NotBlank(message = "请填写责任单位") @Size(max = 100, message = "责任单位不能超过100个字") String responsibleUnit,
		@NotBlank(message = "请填写责任人") @Size(max = 50, message = "责任人不能超过50个字") String responsiblePerson,
		@NotBlank(message = "请选择责任单位所在区划") String regionCode,
		@NotNull(message = "请填写办结时限") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 5) @Nullable LocalDate deadline) {
}
