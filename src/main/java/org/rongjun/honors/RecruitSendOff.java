package org.rongjun.honors;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A send-off ceremony for new conscripts (欢送新兵入伍, 征兵工作条例 Art 47). */
public record RecruitSendOff(long id, String title, LocalDate sendOffOn, String place, String regionCode,
		String regionName, @Nullable String remark, @Nullable LocalDate familiesNotifiedOn, long recruitCount,
		String createdBy) {

	RecruitSendOff withRegionName(String name) {
		return new RecruitSendOff(this.id, this.title, this.sendOffOn, this.place, this.regionCode, name, this.remark,
				this.familiesNotifiedOn, this.recruitCount, this.createdBy);
	}

}
