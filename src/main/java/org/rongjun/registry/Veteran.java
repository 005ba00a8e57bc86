package org.rongjun.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PartialDate;

/**
 * A veteran's file as staff see it: ID, phone and bank account numbers only masked (the
 * full value needs {@code registry:veteran:reveal}). {@code categories} are the
 * beneficiary categories the veteran or a family member holds; {@code deathDate},
 * {@code deathSource} and {@code deathCause} are set once a death is reported (a death
 * recorded before causes were kept has none until staff add it). Service dates may be
 * known only to the month ({@code "1985-03"}). {@code deathCheckNote} is set while a
 * remark such as 已故 waits for staff to check it: such a person is not treated as plainly
 * living.
 */
public record Veteran(long id, String name, Gender gender, LocalDate birthDate, String idNumberMasked,
		@Nullable String phoneMasked, @Nullable String bankName, @Nullable String bankAccountMasked,
		String householdRegionCode, String householdRegionName, @Nullable String address, @Nullable String education,
		@Nullable String politicalStatus, @Nullable PartialDate enlistmentDate, @Nullable PartialDate dischargeDate,
		@Nullable String militaryBranch, @Nullable String militaryRank, @Nullable String dischargeType,
		@Nullable String serviceUnit, boolean hardship, List<String> namePinyin, List<String> nameInitials,
		List<String> categories, @Nullable LocalDate deathDate, @Nullable String deathSource,
		@Nullable DeathCause deathCause, @Nullable String ethnicity, @Nullable String veteranType,
		@Nullable String currentAddress, @Nullable String residenceRegionCode, @Nullable String remark,
		@Nullable String deathCheckNote) {

	Veteran withRegionName(String regionName) {
		return new Veteran(this.id, this.name, this.gender, this.birthDate, this.idNumberMasked, this.phoneMasked,
				this.bankName, this.bankAccountMasked, this.householdRegionCode, regionName, this.address,
				this.education, this.politicalStatus, this.enlistmentDate, this.dischargeDate, this.militaryBranch,
				this.militaryRank, this.dischargeType, this.serviceUnit, this.hardship, this.namePinyin,
				this.nameInitials, this.categories, this.deathDate, this.deathSource, this.deathCause, this.ethnicity,
				this.veteranType, this.currentAddress, this.residenceRegionCode, this.remark, this.deathCheckNote);
	}

}
