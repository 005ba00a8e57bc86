package org.rongjun.contact;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.Problem;

/**
 * One entry of a person's contact history: a contact recorded here or a care visit
 * ({@code careVisitId}), with the problems raised on it (care's ledger).
 */
public record ContactRecord(long id, long veteranId, String personName, String regionCode, ContactSource source,
		@Nullable Long careVisitId, @Nullable ContactChannel channel, LocalDate contactedOn, boolean reached,
		@Nullable Mood mood, @Nullable String summary, @Nullable Long liaisonId, String contactedBy, int needs,
		String createdBy, List<Problem> problems) {

	ContactRecord withProblems(List<Problem> problems) {
		return new ContactRecord(this.id, this.veteranId, this.personName, this.regionCode, this.source,
				this.careVisitId, this.channel, this.contactedOn, this.reached, this.mood, this.summary, this.liaisonId,
				this.contactedBy, this.needs, this.createdBy, problems);
	}

}
