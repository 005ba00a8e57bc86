package org.rongjun.registry.person;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.shared.Gender;

/** A veteran row as written, after validation and encryption. */
public record VeteranRecord(String name, Gender gender, LocalDate birthDate, EncryptedNumber idNumber,
		@Nullable EncryptedNumber phone, @Nullable String bankName, @Nullable EncryptedNumber bankAccount,
		String householdRegionCode, @Nullable String address, @Nullable String education,
		@Nullable String politicalStatus, @Nullable LocalDate enlistmentDate, @Nullable LocalDate dischargeDate,
		@Nullable String militaryBranch, @Nullable String militaryRank, @Nullable String dischargeType,
		@Nullable String serviceUnit, boolean hardship, List<String> namePinyin, List<String> nameInitials) {
}
