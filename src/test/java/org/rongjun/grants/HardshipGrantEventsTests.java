package org.rongjun.grants;

import org.junit.jupiter.api.Test;

import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rongjun.support.Today.TODAY;

/**
 * What the payment system (benefits) relies on: the approval event, and the payment
 * report back. Services are called on the test thread so that {@link ApplicationEvents}
 * sees what they publish.
 */
@IntegrationTest
@CalendarSensitive
@RecordApplicationEvents
class HardshipGrantEventsTests {

	static final RegionScope XIJIE = RegionScope.of(RegionCode.of("330421103001"));

	static final RegionScope XITANG = RegionScope.of(RegionCode.of("330421103000"));

	static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421000000"));

	final HardshipGrants grants;

	final VeteranRegistry registry;

	HardshipGrantEventsTests(HardshipGrants grants, VeteranRegistry registry) {
		this.grants = grants;
		this.registry = registry;
	}

	@Test
	void theFinalApprovalPublishesHardshipGrantApprovedWithTheApprovedAmount(ApplicationEvents events) {
		HardshipGrant grant = apply(2_000_00, Payout.PAYMENT_RUN);
		this.grants.decide(grant.id(), new ReviewCommand(ReviewAction.APPROVE, 1_200_00L, null), XITANG,
				"xitang.staff");
		assertThat(events.stream(HardshipGrantApproved.class)).isEmpty();
		this.grants.decide(grant.id(), new ReviewCommand(ReviewAction.APPROVE, null, "同意"), COUNTY, "county.staff");
		assertThat(events.stream(HardshipGrantApproved.class)).containsExactly(new HardshipGrantApproved(grant.id(),
				grant.veteranId(), "330421103001", 1_200_00, "MEDICAL", Payout.PAYMENT_RUN, TODAY));
	}

	@Test
	void aRejectionPublishesHardshipGrantRejectedWithTheReason(ApplicationEvents events) {
		HardshipGrant grant = apply(300_00, Payout.PAYMENT_RUN);
		this.grants.decide(grant.id(), new ReviewCommand(ReviewAction.REJECT, null, "不符合条件"), XITANG, "xitang.staff");
		assertThat(events.stream(HardshipGrantRejected.class))
			.containsExactly(new HardshipGrantRejected(grant.id(), grant.veteranId(), "330421103001", "不符合条件", TODAY));
		assertThat(events.stream(HardshipGrantApproved.class)).isEmpty();
	}

	@Test
	void thePaymentSystemReportsAFailureThenAPaymentAndARepeatedReportChangesNothing(ApplicationEvents events) {
		HardshipGrant grant = apply(300_00, Payout.PAYMENT_RUN);
		this.grants.decide(grant.id(), new ReviewCommand(ReviewAction.APPROVE, null, null), XITANG, "xitang.staff");

		this.grants.recordPayment(grant.id(), PaymentResult.FAILED, "账户已销户", TODAY, "RUN-1/7");
		HardshipGrant failed = this.grants.get(grant.id(), XITANG);
		assertThat(failed.status()).isEqualTo(GrantStatus.PAYMENT_FAILED);
		assertThat(failed.payment().failure()).isEqualTo("账户已销户");

		this.grants.recordPayment(grant.id(), PaymentResult.PAID, null, TODAY, "RUN-2/3");
		this.grants.recordPayment(grant.id(), PaymentResult.PAID, null, TODAY, "RUN-2/3");
		HardshipGrant paid = this.grants.get(grant.id(), XITANG);
		assertThat(paid.status()).isEqualTo(GrantStatus.PAID);
		assertThat(paid.payment().reference()).isEqualTo("RUN-2/3");
		assertThat(paid.payment().failure()).isNull();
		assertThat(events.stream(HardshipGrantPaid.class))
			.containsExactly(new HardshipGrantPaid(grant.id(), grant.veteranId(), 300_00, TODAY, false));
		assertThatThrownBy(() -> this.grants.recordPayment(grant.id(), PaymentResult.PAID, null, TODAY, "RUN-3/1"))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("不在待发放状态");
	}

	@Test
	void thePaymentSystemCannotPayAGrantMeantForOfflinePayment() {
		HardshipGrant grant = apply(300_00, Payout.OFFLINE);
		this.grants.decide(grant.id(), new ReviewCommand(ReviewAction.APPROVE, null, null), XITANG, "xitang.staff");
		assertThatThrownBy(() -> this.grants.recordPayment(grant.id(), PaymentResult.PAID, null, TODAY, "RUN-9/1"))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("不在待发放状态");
	}

	private HardshipGrant apply(long requestedFen, Payout payout) {
		long veteran = this.registry
			.search(new VeteranSearch(null, null, null, null, null, null, null, null, null), XIJIE, PageQuery.of(0, 1))
			.items()
			.get(0)
			.id();
		return this.grants.apply(new GrantApplication(veteran, "MEDICAL", requestedFen, "住院治疗", 2, payout), XIJIE,
				"xijie.staff");
	}

}
