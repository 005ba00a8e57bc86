package org.rongjun.grants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.rongjun.benefits.OneOffPayments;
import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for hardship grants and their way through the review chain and to payment.
 * Every read and write takes the caller's scope on the household region; the payment
 * system reports back through {@link #recordPayment}, which has no caller scope.
 */
@Service
@Transactional
public class HardshipGrants {

	/**
	 * A sanity bound on one application (one million yuan), against typing errors in fen.
	 */
	static final long MAX_REQUEST_FEN = 100_000_000L;

	private final HardshipGrantRepository grants;

	private final ReviewPolicies policies;

	private final GrantTypes types;

	private final VeteranRegistry registry;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OneOffPayments payments;

	HardshipGrants(HardshipGrantRepository grants, ReviewPolicies policies, GrantTypes types, VeteranRegistry registry,
			RegionDirectory regions, ApplicationEventPublisher events, Clock clock, OneOffPayments payments) {
		this.grants = grants;
		this.policies = policies;
		this.types = types;
		this.registry = registry;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
		this.payments = payments;
	}

	/**
	 * Staff apply on a person's behalf; the application starts at the lowest level the
	 * person's county uses (see {@link ReviewPolicy#entryLevel}).
	 */
	public HardshipGrant apply(GrantApplication application, RegionScope scope, String username) {
		checkApplication(application.requestedFen(), application.reason(), application.householdSize());
		String type = this.types.requireActive(application.grantType());
		Veteran veteran = this.registry.get(application.veteranId(), scope);
		String region = veteran.householdRegionCode();
		ReviewPolicy policy = this.policies.of(HardshipGrant.countyOf(region));
		ReviewLevel entry = policy.entryLevel(ReviewLevel.of(scope).orElse(null));
		GrantApplication clean = new GrantApplication(veteran.id(), type, application.requestedFen(),
				application.reason().strip(), application.householdSize(), application.payout());
		long id = this.grants.insert(clean, veteran.name(), region, payout(application.payout()), entry, username);
		return get(id, scope);
	}

	/** A returned application, completed and sent again from the bottom of the chain. */
	public HardshipGrant resubmit(long id, GrantApplication application, RegionScope scope, String username) {
		HardshipGrant grant = find(id, scope);
		grant.checkResubmittable();
		checkApplication(application.requestedFen(), application.reason(), application.householdSize());
		String type = this.types.requireActive(application.grantType());
		ReviewLevel entry = this.policies.of(grant.countyCode()).entryLevel(ReviewLevel.of(scope).orElse(null));
		this.grants.resubmit(id, type, application.requestedFen(), application.reason().strip(),
				application.householdSize(), payout(application.payout()), entry);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public HardshipGrant get(long id, RegionScope scope) {
		HardshipGrant grant = find(id, scope);
		return named(grant, this.regions.nameOf(grant.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<HardshipGrant> list(@Nullable GrantStatus status, @Nullable Long veteranId,
			@Nullable String submittedBy, @Nullable String q, RegionScope scope, PageQuery page) {
		String name = (q != null && !q.isBlank()) ? q.strip() : null;
		return withRegionNames(this.grants.list(new HardshipGrantRepository.Filter(status, veteranId,
				(submittedBy != null && !submittedBy.isBlank()) ? submittedBy : null, name), scope, page));
	}

	/**
	 * 待我审批: what waits at the caller's level inside their scope and is theirs to decide.
	 */
	@Transactional(readOnly = true)
	public PageResult<HardshipGrant> inbox(RegionScope scope, String username, PageQuery page) {
		ReviewLevel level = ReviewLevel.of(scope).orElse(null);
		if (level == null) {
			return page.result(java.util.List.of(), 0);
		}
		return withRegionNames(this.grants.inbox(level, scope, username, page));
	}

	public HardshipGrant decide(long id, ReviewCommand command, RegionScope scope, String username) {
		find(id, scope);
		HardshipGrant grant = this.grants.lock(id).orElseThrow();
		ReviewPolicy policy = this.policies.of(grant.countyCode());
		HardshipGrant.Transition transition = grant.decide(command, new Reviewer(username, scope), policy);
		LocalDate today = LocalDate.now(this.clock);
		boolean finalDecision = transition.status() == GrantStatus.APPROVED
				|| transition.status() == GrantStatus.REJECTED;
		this.grants.apply(id, transition, finalDecision ? today : null);
		if (transition.status() == GrantStatus.APPROVED) {
			this.events.publishEvent(new HardshipGrantApproved(id, grant.veteranId(), grant.regionCode(),
					transition.approvedFen(), grant.grantType(), grant.payout(), today));
		}
		else if (transition.status() == GrantStatus.REJECTED) {
			this.events.publishEvent(new HardshipGrantRejected(id, grant.veteranId(), grant.regionCode(),
					transition.decision().remark(), today));
		}
		return get(id, scope);
	}

	/** Staff paid the grant outside the payment system (cash, station transfer). */
	public HardshipGrant markPaidOffline(long id, OfflinePayment payment, RegionScope scope, String username) {
		find(id, scope);
		HardshipGrant grant = this.grants.lock(id).orElseThrow();
		String method = payment.method().strip();
		if (method.isEmpty() || method.length() > 30) {
			throw ProblemException.invalidField("method", "请填写发放方式（最多30个字）");
		}
		String voucher = (payment.voucher() != null && !payment.voucher().isBlank()) ? payment.voucher().strip() : null;
		if (voucher != null && voucher.length() > 100) {
			throw ProblemException.invalidField("voucher", "凭证号不能超过100个字");
		}
		grant.checkPayableOffline(payment, LocalDate.now(this.clock));
		if (grant.payout() == Payout.PAYMENT_RUN) {
			// its bank transfer failed: take it out of the payment system before paying
			// cash
			this.payments.withdraw(GrantDisbursement.reference(id), "已线下发放");
		}
		this.grants.markPaid(id, payment.paidOn(), method, voucher, username, null);
		this.events
			.publishEvent(new HardshipGrantPaid(id, grant.veteranId(), grant.approvedFen(), payment.paidOn(), true));
		return get(id, scope);
	}

	/**
	 * The payment system settled (or failed) a grant's line. Repeating a report of the
	 * same paid line changes nothing, so a reconciliation may be replayed.
	 */
	public void recordPayment(long grantId, PaymentResult result, @Nullable String reason, LocalDate paidOn,
			@Nullable String reference) {
		HardshipGrant grant = this.grants.lock(grantId)
			.orElseThrow(() -> ProblemException.notFound("补助申请 " + grantId + " 不存在"));
		if (!grant.checkPaymentReport(result, reference)) {
			return;
		}
		if (result == PaymentResult.PAID) {
			this.grants.markPaid(grantId, paidOn, "发放批次", null, null, reference);
			this.events
				.publishEvent(new HardshipGrantPaid(grantId, grant.veteranId(), grant.approvedFen(), paidOn, false));
		}
		else {
			this.grants.markFailed(grantId, (reason != null && !reason.isBlank()) ? reason.strip() : "发放失败", reference);
		}
	}

	private HardshipGrant find(long id, RegionScope scope) {
		return this.grants.find(id, scope).orElseThrow(() -> ProblemException.notFound("补助申请不存在或不在您的数据范围内"));
	}

	private PageResult<HardshipGrant> withRegionNames(PageResult<HardshipGrant> found) {
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(HardshipGrant::regionCode).distinct().toList());
		return found.map((grant) -> named(grant, names.getOrDefault(grant.regionCode(), grant.regionCode())));
	}

	private static HardshipGrant named(HardshipGrant g, String regionName) {
		return new HardshipGrant(g.id(), g.veteranId(), g.veteranName(), g.regionCode(), regionName, g.grantType(),
				g.grantTypeName(), g.requestedFen(), g.recommendedFen(), g.approvedFen(), g.reason(), g.householdSize(),
				g.payout(), g.status(), g.currentLevel(), g.round(), g.submittedBy(), g.submittedAt(), g.decidedOn(),
				g.payment(), g.decisions());
	}

	private static Payout payout(@Nullable Payout payout) {
		return (payout != null) ? payout : Payout.PAYMENT_RUN;
	}

	private static void checkApplication(long requestedFen, @Nullable String reason, @Nullable Integer householdSize) {
		if (requestedFen <= 0) {
			throw ProblemException.invalidField("requestedFen", "申请金额须大于0");
		}
		if (requestedFen > MAX_REQUEST_FEN) {
			throw ProblemException.invalidField("requestedFen", "申请金额超出上限，请核对单位（元）");
		}
		if (reason == null || reason.isBlank()) {
			throw ProblemException.invalidField("reason", "请填写申请事由");
		}
		if (reason.strip().length() > 1000) {
			throw ProblemException.invalidField("reason", "申请事由不能超过1000个字");
		}
		if (householdSize != null && (householdSize < 1 || householdSize > 30)) {
			throw ProblemException.invalidField("householdSize", "家庭人口须在1到30之间");
		}
	}

}
