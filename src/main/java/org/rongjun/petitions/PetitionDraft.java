package org.rongjun.petitions;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A petition as the desk takes it in (Art 19: 姓名（名称）、住址和请求、事实、理由). A registered person is
 * named by {@code veteranId}; otherwise the name, phone and address are typed.
 * {@code accused} are the accounts a 检举控告 names.
 */
public record PetitionDraft(Channel channel, @Nullable String sourceOrg, @Nullable LocalDate receivedOn,
		@Nullable String regionCode, PetitionClass petitionClass, MatterCategory category, String subject,
		String content, @Nullable Long veteranId, @Nullable String petitionerName, @Nullable String phone,
		@Nullable String idNumber, @Nullable String address, @Nullable Integer headcount,
		@Nullable List<RepresentativeDraft> representatives, @Nullable List<String> accused,
		@Nullable String accusedUnit) {

	public record RepresentativeDraft(String name, @Nullable String phone, @Nullable Long veteranId) {
	}

}
