package org.rongjun.employment.matching;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A veteran referred to a post (就业推荐). {@code followUpOn}: when staff ask again, while
 * the referral is open; {@code outcomeOn}: the day of its outcome. {@code regionCode} is
 * the veteran's household region when referred.
 */
public record Referral(long id, long postId, String postTitle, String employerName, long veteranId, String veteranName,
		String regionCode, int score, ReferralStatus status, @Nullable LocalDate followUpOn,
		@Nullable LocalDate outcomeOn, LocalDate referredOn, String referredBy, OffsetDateTime referredAt,
		List<ReferralStep> steps) {

	Referral withSteps(List<ReferralStep> all) {
		return new Referral(this.id, this.postId, this.postTitle, this.employerName, this.veteranId, this.veteranName,
				this.regionCode, this.score, this.status, this.followUpOn, this.outcomeOn, this.referredOn,
				this.referredBy, this.referredAt, all);
	}

}
