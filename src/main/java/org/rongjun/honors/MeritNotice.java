package org.rongjun.honors;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.MeritAward;

/**
 * A merit notice (喜报) to deliver to a serving member's family. {@code overdue}: still
 * pending after the deadline; {@code deliveredLate}: delivered after it.
 */
public record MeritNotice(long id, String memberName, @Nullable String memberUnit, MeritAward award, String awardLabel,
		@Nullable String awardTitle, LocalDate awardedOn, LocalDate receivedOn, String familyName, String relationship,
		String regionCode, String regionName, String address, DeliveringLevel deliveringLevel, String deliverers,
		LocalDate deadline, @Nullable Long amountFen, MeritNoticeStatus status, @Nullable LocalDate deliveredOn,
		@Nullable String deliveredBy, @Nullable String deliveryRemark, boolean overdue, boolean deliveredLate,
		String createdBy) {

	MeritNotice withRegionName(String name) {
		return new MeritNotice(this.id, this.memberName, this.memberUnit, this.award, this.awardLabel, this.awardTitle,
				this.awardedOn, this.receivedOn, this.familyName, this.relationship, this.regionCode, name,
				this.address, this.deliveringLevel, this.deliverers, this.deadline, this.amountFen, this.status,
				this.deliveredOn, this.deliveredBy, this.deliveryRemark, this.overdue, this.deliveredLate,
				this.createdBy);
	}

}
