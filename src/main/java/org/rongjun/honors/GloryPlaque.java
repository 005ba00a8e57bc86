package org.rongjun.honors;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * One glory plaque (光荣牌) of a household: issued, then hung with the family's signed
 * confirmation (登记造册, 由悬挂家庭签字确认), then replaced by a new one or revoked. The transition
 * guards live here; the service only loads and stores.
 */
public record GloryPlaque(long id, long householdId, String headName, String regionCode, String regionName,
		@Nullable String householdAddress, PlaqueStatus status, @Nullable Long replacesId, LocalDate issuedOn,
		String issuedBy, @Nullable LocalDate hungOn, @Nullable String hungAddress, @Nullable String signedBy,
		@Nullable LocalDate replacedOn, @Nullable ReplacementReason replaceReason, @Nullable LocalDate revokedOn,
		@Nullable RevocationReason revokeReason, @Nullable String remark) {

	/**
	 * Hanging needs the day (not in the future), the address and who signed for the
	 * family.
	 */
	void checkHang(LocalDate on, LocalDate today) {
		if (this.status != PlaqueStatus.ISSUED) {
			throw refused("状态为“" + this.status.label() + "”的光荣牌不能悬挂");
		}
		if (on.isAfter(today)) {
			throw ProblemException.invalidField("hungOn", "悬挂日期不能晚于今天");
		}
		if (on.isBefore(this.issuedOn)) {
			throw ProblemException.invalidField("hungOn", "悬挂日期不能早于发放日期");
		}
	}

	/**
	 * Only a hung plaque is replaced, and not once every person giving the household its
	 * basis has died (可继续悬挂但不再更换).
	 */
	void checkReplace(LocalDate on, LocalDate today, boolean basisDeceased) {
		if (this.status != PlaqueStatus.HUNG) {
			throw refused("只有已悬挂的光荣牌可以更换");
		}
		if (basisDeceased) {
			throw refused("烈属、军属或退役军人已去世的家庭可继续悬挂，但不再更换光荣牌");
		}
		if (on.isAfter(today) || (this.hungOn != null && on.isBefore(this.hungOn))) {
			throw ProblemException.invalidField("replacedOn", "更换日期应在悬挂日期与今天之间");
		}
	}

	/** A plaque in use (issued or hung) is revoked with a reason and an explanation. */
	void checkRevoke(@Nullable RevocationReason reason, @Nullable String remark, LocalDate on, LocalDate today) {
		if (this.status != PlaqueStatus.ISSUED && this.status != PlaqueStatus.HUNG) {
			throw refused("状态为“" + this.status.label() + "”的光荣牌不能收回");
		}
		if (reason == null) {
			throw ProblemException.invalidField("reason", "收回光荣牌须选择原因");
		}
		if (remark == null || remark.isBlank()) {
			throw ProblemException.invalidField("remark", "收回光荣牌须写明具体情况");
		}
		if (on.isAfter(today)) {
			throw ProblemException.invalidField("revokedOn", "收回日期不能晚于今天");
		}
	}

	static ProblemException refused(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "PLAQUE_TRANSITION_REFUSED", "操作不允许", detail);
	}

	GloryPlaque withRegionName(String name) {
		return new GloryPlaque(this.id, this.householdId, this.headName, this.regionCode, name, this.householdAddress,
				this.status, this.replacesId, this.issuedOn, this.issuedBy, this.hungOn, this.hungAddress,
				this.signedBy, this.replacedOn, this.replaceReason, this.revokedOn, this.revokeReason, this.remark);
	}

}
