package org.rongjun.registry.beneficiary;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.DisabilityCause;
import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The beneficiary lifecycle (抚恤优待条例 Art 27, 58–59; docs/rules.md, registry). */
class BeneficiaryTests {

	@Test
	void aDeceasedOrCancelledBeneficiaryCannotChangeStatusAtAll() {
		for (BeneficiaryStatus last : new BeneficiaryStatus[] { BeneficiaryStatus.DECEASED,
				BeneficiaryStatus.CANCELLED }) {
			for (BeneficiaryStatus next : BeneficiaryStatus.values()) {
				assertRefused(() -> in(last).changeTo(next, "原因", YearMonth.of(2026, 1)), "STATUS_CHANGE_NOT_ALLOWED");
			}
		}
	}

	@Test
	void onlyAReceivingBeneficiaryCanBeSuspendedOrPaused() {
		assertRefused(() -> in(BeneficiaryStatus.ACCEPTED).changeTo(BeneficiaryStatus.SUSPENDED, "原因", null),
				"STATUS_CHANGE_NOT_ALLOWED");
		assertThat(in(BeneficiaryStatus.RECEIVING).changeTo(BeneficiaryStatus.PAUSED, "服刑", null).to())
			.isEqualTo(BeneficiaryStatus.PAUSED);
	}

	@Test
	void suspendingPausingOrCancellingNeedsAReason() {
		assertRefused(() -> in(BeneficiaryStatus.RECEIVING).changeTo(BeneficiaryStatus.CANCELLED, "  ", null),
				"VALIDATION_FAILED");
	}

	@Test
	void deathOfAPaidBeneficiaryNeedsTheMonthPaidThroughButNotBeforeAnyPayment() {
		assertRefused(() -> in(BeneficiaryStatus.RECEIVING).changeTo(BeneficiaryStatus.DECEASED, null, null),
				"VALIDATION_FAILED");
		assertThat(in(BeneficiaryStatus.ACCEPTED).changeTo(BeneficiaryStatus.DECEASED, null, null).from())
			.isEqualTo(BeneficiaryStatus.ACCEPTED);
	}

	@Test
	void illnessDisabilityOfGradesSevenToTenIsRecordedButNotPaid() {
		Beneficiary grade8 = new Beneficiary(1, 1, null, "某", "11", 8, DisabilityCause.ILLNESS, null,
				BeneficiaryStatus.ACCEPTED, null, false);
		assertRefused(() -> grade8.changeTo(BeneficiaryStatus.RECEIVING, null, null), "STATUS_CHANGE_NOT_ALLOWED");
		Beneficiary grade6 = new Beneficiary(1, 1, null, "某", "11", 6, DisabilityCause.ILLNESS, null,
				BeneficiaryStatus.ACCEPTED, null, false);
		assertThat(grade6.changeTo(BeneficiaryStatus.RECEIVING, null, null).to())
			.isEqualTo(BeneficiaryStatus.RECEIVING);
	}

	@Test
	void disabilityCategoriesNeedGradeAndCauseAndNoOtherCategoryHasThem() {
		assertRefused(() -> Beneficiary.checkDisability("11", null, DisabilityCause.DUTY), "VALIDATION_FAILED");
		assertRefused(() -> Beneficiary.checkDisability("14", 5, null), "VALIDATION_FAILED");
		assertRefused(() -> Beneficiary.checkDisability("21", 5, DisabilityCause.DUTY), "VALIDATION_FAILED");
		Beneficiary.checkDisability("15", 10, DisabilityCause.COMBAT);
		Beneficiary.checkDisability("81", null, null);
	}

	private static Beneficiary in(BeneficiaryStatus status) {
		return new Beneficiary(1, 1, null, "某", "81", null, null, null, status, null, false);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String code) {
		assertThatThrownBy(change).isInstanceOfSatisfying(ProblemException.class,
				(problem) -> assertThat(problem.code()).isEqualTo(code));
	}

}
