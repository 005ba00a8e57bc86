package org.rongjun.meetings;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

/**
 * A meeting as written by its convener. The region defaults to the root of the caller's
 * scope.
 */
public record MeetingDraft(@NotNull(message = "请选择会议类型") @Nullable MeetingKind kind,
		@NotBlank(message = "请填写会议名称") @Size(max = 100, message = "会议名称不能超过100个字") String title,
		@NotNull(message = "请填写会议日期") @PlausibleDate(earliest = PlausibleDate.RECORDS,
				yearsAhead = 1) @Nullable LocalDate heldOn,
		@Size(max = 100, message = "会议地点不能超过100个字") @Nullable String location,
		@NotBlank(message = "请填写会议议程") @Size(max = 5000, message = "会议议程不能超过5000个字") String agenda,
		@Size(max = 50000, message = "会议纪要不能超过50000个字") @Nullable String minutes,
		@Size(max = 200, message = "参会单位不能超过200个") @Nullable List<@Valid Attendee> attendees,
		@Nullable String regionCode) {
}
