package org.rongjun.registry.person;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.pii.EncryptedNumber;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PartialDate;

/**
 * A veteran row as written, after validation and encryption. {@code deathCheckNote} is
 * only ever set by an import (a remark such as 已故); registration and correction leave it
 * as it is.
 */
public record VeteranRecord(String name, Gender gender, LocalDate birthDate, EncryptedNumber idNumber,
		@Nullable EncryptedNumber phone, @Nullable String bankName, @Nullable EncryptedNumber bankAccount,
		String householdRegionCode, @Nullable String address, @Nullable String education,
		@Nullable String politicalStatus, @Nullable PartialDate enlistmentDate, @Nullable PartialDate dischargeDate,
		@Nullable String militaryBranch, @Nullable String militaryRank, @Nullable String dischargeType,
		@Nullable String serviceUnit, boolean hardship, List<String> namePinyin, List<String> nameInitials,
		@Nullable String ethnicity, @Nullable String veteranType, @Nullable String currentAddress,
		@Nullable String residenceRegionCode, @Nullable String remark, @Nullable String deathCheckNote) {

	/** The same record with another remark (an import appends what it could not read). */
	public VeteranRecord withRemark(@Nullable String text) {
		return new VeteranRecord(this.name, this.gender, this.birthDate, this.idNumber, this.phone, this.bankName,
				this.bankAccount, this.householdRegionCode, this.address, this.education, this.politicalStatus,
				this.enlistmentDate, this.dischargeDate, this.militaryBranch, this.militaryRank, this.dischargeType,
				this.serviceUnit, this.hardship, this.namePinyin, this.nameInitials, this.ethnicity, this.veteranType,
				this.currentAddress, this.residenceRegionCode, text, this.deathCheckNote);
	}

	/**
	 * The same record flagged for a death check: a roster's remark said the person died,
	 * which staff confirm (or not) before the file says so.
	 */
	public VeteranRecord withDeathCheck(@Nullable String note) {
		return new VeteranRecord(this.name, this.gender, this.birthDate, this.idNumber, this.phone, this.bankName,
				this.bankAccount, this.householdRegionCode, this.address, this.education, this.politicalStatus,
				this.enlistmentDate, this.dischargeDate, this.militaryBranch, this.militaryRank, this.dischargeType,
				this.serviceUnit, this.hardship, this.namePinyin, this.nameInitials, this.ethnicity, this.veteranType,
				this.currentAddress, this.residenceRegionCode, this.remark, note);
	}

}
