package org.rongjun.registry.merge;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Two entries that may be the same person. {@code SAME_NAME_AND_BIRTH_DATE}: two live
 * files in the caller's scope, mergeable. {@code FAMILY_MEMBER_HAS_OWN_FILE}: a family
 * member in {@code first}'s file whose ID number (blind index, after 15→18 conversion) is
 * also a veteran file's; {@code second} is that file when it lies in the caller's scope,
 * else null and {@code elsewhere} is true (its location is not told).
 */
public record DuplicateCandidate(Reason reason, PersonFile first, @Nullable PersonFile second,
		@Nullable Long familyMemberId, @Nullable String familyMemberName, boolean elsewhere) {

	public enum Reason {

		SAME_NAME_AND_BIRTH_DATE, FAMILY_MEMBER_HAS_OWN_FILE

	}

	public record PersonFile(long id, String name, LocalDate birthDate, String idNumberMasked, String regionCode,
			String regionName) {

		PersonFile withRegionName(String regionName) {
			return new PersonFile(this.id, this.name, this.birthDate, this.idNumberMasked, this.regionCode, regionName);
		}

	}

}
