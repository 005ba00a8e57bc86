package org.rongjun.registry.family;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PlausibleDate;
import org.rongjun.shared.Gender;

/**
 * A family member as entered. With an ID number, gender and birth date follow from it; on
 * a correction a null ID or phone number keeps the stored one and a blank one removes it.
 */
public record FamilyMemberDraft(@NotBlank(message = "请选择与退役军人的关系") String relationship,
		@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name, @Nullable String idNumber,
		@Nullable Gender gender, @Nullable @PlausibleDate LocalDate birthDate, @Nullable String phone) {
}
