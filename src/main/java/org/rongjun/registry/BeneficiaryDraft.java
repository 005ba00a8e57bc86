package org.rongjun.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A category for the veteran ({@code familyMemberId} null) or one of their family
 * members.
 */
public record BeneficiaryDraft(@Nullable Long familyMemberId, @NotBlank(message = "请选择优抚对象类别") String category,
		@Nullable @Min(value = 1, message = "残疾等级为1至10级") @Max(value = 10,
				message = "残疾等级为1至10级") Integer disabilityGrade,
		@Nullable DisabilityCause disabilityCause,
		@Nullable @Size(max = 50, message = "证书编号不能超过50个字") String certificateNo, @Nullable HouseholdType householdType,
		@Nullable Boolean lonelyElderly) {
}
