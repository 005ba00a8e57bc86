package org.rongjun.care;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/**
 * A problem raised on a visit or a contact (实际问题), tracked until resolved: OPEN →
 * IN_PROGRESS → RESOLVED with a closing note (发现-登记-化解-回访, docs/rules.md, care). It is
 * overdue while not resolved after its deadline day.
 */
public record Problem(long id, ProblemSource source, @Nullable Long visitId, @Nullable Long contactRecordId,
		@Nullable Long veteranId, String subjectName, String regionCode, String regionName, LocalDate raisedOn,
		String description, String assignee, LocalDate deadline, ProblemStatus status, boolean overdue,
		@Nullable String closingNote, @Nullable LocalDate resolvedOn, @Nullable String resolvedBy, String createdBy) {

	public static boolean isOverdue(ProblemStatus status, LocalDate deadline, LocalDate today) {
		return status != ProblemStatus.RESOLVED && deadline.isBefore(today);
	}

	public void checkCanStart() {
		if (this.status != ProblemStatus.OPEN) {
			throw ProblemException.conflict("只有待办理的问题可以开始办理");
		}
	}

	public void checkCanChange() {
		if (this.status == ProblemStatus.RESOLVED) {
			throw ProblemException.conflict("该问题已办结");
		}
	}

	/** Resolving needs a closing note saying what was done. */
	public static String closingNote(@Nullable String note) {
		if (note == null || note.isBlank()) {
			throw ProblemException.invalidField("closingNote", "请填写办结说明");
		}
		if (note.strip().length() > 1000) {
			throw ProblemException.invalidField("closingNote", "办结说明不能超过1000个字");
		}
		return note.strip();
	}

	public Problem withRegionName(String regionName) {
		return new Problem(this.id, this.source, this.visitId, this.contactRecordId, this.veteranId, this.subjectName,
				this.regionCode, regionName, this.raisedOn, this.description, this.assignee, this.deadline, this.status,
				this.overdue, this.closingNote, this.resolvedOn, this.resolvedBy, this.createdBy);
	}

}
