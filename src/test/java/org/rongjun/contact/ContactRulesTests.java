package org.rongjun.contact;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.rongjun.care.ProblemDraft;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.BeneficiaryStatusChanged;
import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What one contact must say, checked before anything is written (保障法 Art 67: 及时掌握思想情况),
 * and when a beneficiary's status change stops payment; without Spring.
 */
class ContactRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void aContactThatReachedThePersonRecordsTheirMoodAndAnUnsettledOneWhatWasHeard() {
		ContactRecords.Contact stable = ContactRecords.Contact.of(draft(true, Mood.STABLE, null), TODAY, TODAY);
		assertThat(stable.reached()).isTrue();
		assertThat(stable.mood()).isEqualTo(Mood.STABLE);
		assertField(() -> ContactRecords.Contact.of(draft(true, null, "电话问候"), TODAY, TODAY), "mood");
		assertField(() -> ContactRecords.Contact.of(draft(true, Mood.UNSTABLE, " "), TODAY, TODAY), "summary");
		assertThat(ContactRecords.Contact.of(draft(true, Mood.UNSTABLE, " 情绪激动 "), TODAY, TODAY).summary())
			.isEqualTo("情绪激动");
	}

	@Test
	void aCallNotReachedCarriesNoMoodAndNoNeeds() {
		assertThat(ContactRecords.Contact.of(draft(false, null, "空号"), TODAY, TODAY).reached()).isFalse();
		assertField(() -> ContactRecords.Contact.of(draft(false, Mood.STABLE, null), TODAY, TODAY), "mood");
		ContactDraft withNeed = new ContactDraft(1L, ContactChannel.PHONE, null, false, null, null, null,
				List.of(new ProblemDraft("房屋漏雨", "陆芳", TODAY.plusDays(5))));
		assertField(() -> ContactRecords.Contact.of(withNeed, TODAY, TODAY), "needs");
	}

	@Test
	void aContactIsOnADayNotInTheFutureAndAtMostAYearBack() {
		assertField(() -> ContactRecords.Contact.of(draft(true, Mood.STABLE, null), TODAY.plusDays(1), TODAY),
				"contactedOn");
		assertField(() -> ContactRecords.Contact.of(draft(true, Mood.STABLE, null), TODAY.minusYears(1).minusDays(1),
				TODAY), "contactedOn");
		assertThat(ContactRecords.Contact.of(draft(true, Mood.STABLE, null), TODAY.minusYears(1), TODAY).reached())
			.isTrue();
	}

	@Test
	void aBenefitStopsWhenItGoesFromReceivingToSuspendedPausedOrCancelled() {
		assertThat(change(BeneficiaryStatus.RECEIVING, BeneficiaryStatus.SUSPENDED).stopsPayment()).isTrue();
		assertThat(change(BeneficiaryStatus.RECEIVING, BeneficiaryStatus.PAUSED).stopsPayment()).isTrue();
		assertThat(change(BeneficiaryStatus.RECEIVING, BeneficiaryStatus.CANCELLED).stopsPayment()).isTrue();
		assertThat(change(BeneficiaryStatus.SUSPENDED, BeneficiaryStatus.RECEIVING).stopsPayment()).isFalse();
		assertThat(change(BeneficiaryStatus.ACCEPTED, BeneficiaryStatus.CANCELLED).stopsPayment()).isFalse();
		assertThat(change(BeneficiaryStatus.RECEIVING, BeneficiaryStatus.DECEASED).stopsPayment()).isFalse();
	}

	private static ContactDraft draft(boolean reached, Mood mood, String summary) {
		return new ContactDraft(1L, ContactChannel.PHONE, null, reached, mood, summary, null, null);
	}

	private static BeneficiaryStatusChanged change(BeneficiaryStatus from, BeneficiaryStatus to) {
		return new BeneficiaryStatusChanged(1, 2, null, "沈国强", "41", from, to, null);
	}

	private static void assertField(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
				(e) -> assertThat(String.valueOf(e.getBody().getProperties())).contains("field=" + field));
	}

}
