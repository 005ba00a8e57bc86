package org.rongjun.risk;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/**
 * A risk (风险隐患) tracked to 化解: who handles it by when, at which level, and its timeline.
 * It is overdue while open after its deadline. Escalation goes one level up at a time and
 * stops at the county; resolving needs a note saying how it was resolved and at least one
 * piece of evidence (a signed agreement, a photo, a record of the return visit).
 */
public record RiskItem(long id, long veteranId, String personName, String regionCode, String regionName,
		RiskLevel level, RiskCategory category, String description, String owner, LocalDate deadline, RiskStatus status,
		Escalation escalation, boolean overdue, RiskSource source, @Nullable Long sourceRef,
		@Nullable String resolution, @Nullable LocalDate resolvedOn, @Nullable String resolvedBy, String createdBy,
		List<RiskStep> steps) {

	static boolean isOverdue(RiskStatus status, LocalDate deadline, LocalDate today) {
		return status == RiskStatus.OPEN && deadline.isBefore(today);
	}

	/** A new risk's deadline cannot lie in the past. */
	static void checkDeadline(LocalDate deadline, LocalDate today) {
		if (deadline.isBefore(today)) {
			throw ProblemException.invalidField("deadline", "化解期限不能早于今天");
		}
	}

	void checkOpen() {
		if (this.status != RiskStatus.OPEN) {
			throw ProblemException.conflict("该风险隐患已化解");
		}
	}

	/** The evidence of a resolved risk is kept as it was when it was resolved. */
	public void checkOpenForEvidence() {
		if (this.status != RiskStatus.OPEN) {
			throw ProblemException.conflict("风险隐患已化解，佐证材料不能再增删");
		}
	}

	/** The level above the one handling it now. */
	Escalation escalated() {
		checkOpen();
		Escalation next = this.escalation.next();
		if (next == null) {
			throw ProblemException.conflict("该风险隐患已由县级处置，不能再上报");
		}
		return next;
	}

	/** The note of a resolution, given how many files of evidence the item holds. */
	String resolution(@Nullable String note, int evidence) {
		checkOpen();
		if (note == null || note.isBlank()) {
			throw ProblemException.invalidField("resolution", "请填写化解情况");
		}
		if (note.strip().length() > 1000) {
			throw ProblemException.invalidField("resolution", "化解情况不能超过1000个字");
		}
		if (evidence == 0) {
			throw ProblemException.invalidField("evidence", "请先上传化解佐证材料（如息诉协议、回访记录、照片）");
		}
		return note.strip();
	}

	RiskItem with(String regionName, List<RiskStep> steps) {
		return new RiskItem(this.id, this.veteranId, this.personName, this.regionCode, regionName, this.level,
				this.category, this.description, this.owner, this.deadline, this.status, this.escalation, this.overdue,
				this.source, this.sourceRef, this.resolution, this.resolvedOn, this.resolvedBy, this.createdBy, steps);
	}

}
