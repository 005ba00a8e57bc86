package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/**
 * A request to move a veteran's household (and so their file and their family's
 * beneficiary records) to another region (迁移). The sending side asks; someone on the
 * receiving side other than the requester decides. {@code paymentCutOver} is set once
 * approved.
 */
public record TransferRequest(long id, long veteranId, String veteranName, String fromRegionCode, String fromRegionName,
		String toRegionCode, String toRegionName, String reason, TransferStatus status, String requestedBy,
		OffsetDateTime requestedAt, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt,
		@Nullable LocalDate decidedOn, @Nullable String decisionReason, @Nullable PaymentCutOver paymentCutOver) {

	/**
	 * Only an open request is decided, and never by the person who asked for it (four
	 * eyes, as for every approval in the bureau).
	 */
	void checkDecidableBy(String username) {
		if (this.status != TransferStatus.PENDING) {
			throw ProblemException.conflict("该迁移申请已处理");
		}
		if (this.requestedBy.equals(username)) {
			throw ProblemException.samePerson("不能审批自己提交的迁移申请：须由迁入地其他人员审批");
		}
	}

	TransferRequest withRegionNames(String fromName, String toName) {
		return new TransferRequest(this.id, this.veteranId, this.veteranName, this.fromRegionCode, fromName,
				this.toRegionCode, toName, this.reason, this.status, this.requestedBy, this.requestedAt, this.decidedBy,
				this.decidedAt, this.decidedOn, this.decisionReason, this.paymentCutOver);
	}

}
