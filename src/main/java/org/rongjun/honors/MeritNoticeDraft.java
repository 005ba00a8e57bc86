package org.rongjun.honors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.MeritAward;

import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Fen;

/**
 * A merit notice as registered when the 喜报 arrives from the unit: the serving member, the
 * award, and the family address the member named (原则上为父母、配偶或者实际抚养人家庭住址). {@code deadline}
 * defaults to the received day plus the configured delivery days; {@code amountFen} is
 * the local award money handed over with it, if any (浙江省军人军属权益保障条例 Art 7).
 */
public record MeritNoticeDraft(
		@NotBlank(message = "请填写立功受奖军人姓名") @Size(max = 50, message = "姓名不能超过50个字") String memberName,
		@Size(max = 100, message = "部队不能超过100个字") @Nullable String memberUnit,
		@NotNull(message = "请选择奖励类别") MeritAward award,
		@Size(max = 100, message = "称号不能超过100个字") @Nullable String awardTitle,
		@NotNull(message = "请填写授奖日期") @PlausibleDate(earliest = PlausibleDate.PLA_FOUNDED) LocalDate awardedOn,
		@Nullable @PlausibleDate(earliest = PlausibleDate.PLA_FOUNDED) LocalDate receivedOn,
		@NotBlank(message = "请填写家属姓名") @Size(max = 50, message = "姓名不能超过50个字") String familyName,
		@NotBlank(message = "请填写与军人关系") @Size(max = 20, message = "关系不能超过20个字") String relationship,
		@NotBlank(message = "请选择家庭所在区划") String regionCode,
		@NotBlank(message = "请填写家庭住址") @Size(max = 200, message = "地址不能超过200个字") String address,
		@Nullable @PlausibleDate(earliest = PlausibleDate.RECORDS, yearsAhead = 5) LocalDate deadline,
		@Nullable @Fen Long amountFen) {
}
