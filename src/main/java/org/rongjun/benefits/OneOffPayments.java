package org.rongjun.benefits;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules (hardship grants): schedule a one-off payment to a veteran's
 * household account; the next payment run of its benefit type in the region pays it, and
 * {@link OneOffPaymentSettled} tells the outcome. Benefits never calls back.
 */
@Service
@Transactional
public class OneOffPayments {

	private final JdbcClient jdbc;

	OneOffPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Schedules a payable; {@code reference} is the caller's own id (e.g. "grant-42") and
	 * makes scheduling idempotent: the same reference again returns the existing payable.
	 */
	public OneOffPayment schedule(String reference, BenefitType type, long veteranId, @Nullable Long familyMemberId,
			String regionCode, long amountFen, LocalDate dueMonth, @Nullable String description, String username) {
		if (!type.isOneOff()) {
			throw ProblemException.badRequest(type.label() + "按月发放，不能作为单笔支付");
		}
		if (amountFen <= 0) {
			throw ProblemException.invalidField("amountFen", "金额须大于零");
		}
		Optional<OneOffPayment> existing = settlement(reference);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			this.jdbc
				.sql("""
						insert into benefits.one_off_payable (reference, benefit_type, veteran_id, family_member_id, region_code,
						                                      amount_fen, due_month, description, scheduled_by)
						values (:reference, :type, :veteran, :member, :region, :amount, :due, :description, :by)
						""")
				.param("reference", reference)
				.param("type", type.name())
				.param("veteran", veteranId)
				.param("member", familyMemberId)
				.param("region", regionCode)
				.param("amount", amountFen)
				.param("due", dueMonth.withDayOfMonth(1))
				.param("description", description)
				.param("by", username)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// scheduled concurrently under the same reference: that one stands
		}
		return settlement(reference).orElseThrow();
	}

	/**
	 * Withdraws a payable the caller settled another way (paid in cash after the bank
	 * failed), so that no run or follow-up run pays it. Refused once the bank paid it or
	 * while a run holds it; withdrawing twice is harmless.
	 */
	public void withdraw(String reference, String reason) {
		OneOffPayment payable = settlement(reference)
			.orElseThrow(() -> ProblemException.notFound("未找到待发放记录 " + reference));
		if ("PAID".equals(payable.status())) {
			throw ProblemException.conflict("该笔款项已通过发放批次支付，不能再线下发放");
		}
		boolean inFlight = this.jdbc.sql("""
				select exists (select 1 from benefits.payment_line
				               where beneficiary_id = 0 and basis = :id and state = 'PENDING')
				""").param("id", payable.id()).query(Boolean.class).single();
		if (inFlight) {
			throw ProblemException.conflict("该笔款项正在发放批次中，请待银行回盘后再处理");
		}
		this.jdbc.sql("""
				update benefits.one_off_payable set status = 'WITHDRAWN', failure_reason = :reason
				where id = :id and status in ('SCHEDULED', 'FAILED')
				""").param("reason", reason).param("id", payable.id()).update();
	}

	/** Where a scheduled payment stands, by the caller's reference. */
	@Transactional(readOnly = true)
	public Optional<OneOffPayment> settlement(String reference) {
		return this.jdbc.sql("""
				select id, reference, benefit_type, veteran_id, family_member_id, region_code, amount_fen, due_month,
				       description, status, failure_reason
				from benefits.one_off_payable where reference = :reference
				""")
			.param("reference", reference)
			.query((rs, row) -> new OneOffPayment(rs.getLong("id"), rs.getString("reference"),
					BenefitType.valueOf(rs.getString("benefit_type")), rs.getLong("veteran_id"),
					rs.getObject("family_member_id", Long.class), rs.getString("region_code"), rs.getLong("amount_fen"),
					rs.getObject("due_month", LocalDate.class), rs.getString("description"), rs.getString("status"),
					rs.getString("failure_reason")))
			.optional();
	}

}
