package org.rongjun.benefits.overpayment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OverpaymentRepository {

	private static final String SELECT = """
			select id, beneficiary_id, benefit_type, veteran_id, region_code, first_month, last_month, amount_fen,
			       recovered_fen, reason, status, created_at, waiver_reason, waiver_requested_by, waiver_requested_at,
			       waived_by, waived_at
			from benefits.overpayment
			""";

	private final JdbcClient jdbc;

	OverpaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Overpayment> list(RegionScope scope, Overpayment.@Nullable Status status) {
		return this.jdbc.sql(SELECT + """
				where region_code between :lo and :hi and (cast(:status as text) is null or status = :status)
				order by id desc limit 500
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("status", (status != null) ? status.name() : null)
			.query(this::map)
			.list();
	}

	Optional<Overpayment> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(this::map)
			.optional();
	}

	/**
	 * Adds a recovery to the recovered sum, closing the overpayment when it reaches the
	 * amount; false when it is not OPEN or the sum would exceed the amount (checked in
	 * one statement, so concurrent recoveries cannot over-recover).
	 */
	boolean addRecovered(long id, long amountFen) {
		return this.jdbc.sql("""
				update benefits.overpayment
				set recovered_fen = recovered_fen + :amount,
				    status = case when recovered_fen + :amount = amount_fen then 'RECOVERED' else status end
				where id = :id and status = 'OPEN' and recovered_fen + :amount <= amount_fen
				""").param("amount", amountFen).param("id", id).update() == 1;
	}

	long insertRecovery(long id, RecoveryRequest request, @Nullable String reference, String username) {
		return this.jdbc.sql("""
				insert into benefits.overpayment_recovery (overpayment_id, amount_fen, recovered_on, method, reference,
				                                           recorded_by)
				values (:id, :amount, :on, :method, :reference, :by) returning id
				""")
			.param("id", id)
			.param("amount", request.amountFen())
			.param("on", request.recoveredOn())
			.param("method", request.method().name())
			.param("reference", reference)
			.param("by", username)
			.query(Long.class)
			.single();
	}

	boolean requestWaiver(long id, String reason, String username) {
		return this.jdbc.sql("""
				update benefits.overpayment
				set waiver_reason = :reason, waiver_requested_by = :by, waiver_requested_at = now()
				where id = :id and status = 'OPEN' and waiver_requested_by is null
				""").param("reason", reason).param("by", username).param("id", id).update() == 1;
	}

	boolean approveWaiver(long id, String username) {
		return this.jdbc.sql("""
				update benefits.overpayment set status = 'WAIVED', waived_by = :by, waived_at = now()
				where id = :id and status = 'OPEN' and waiver_requested_by is not null and waiver_requested_by <> :by
				""").param("by", username).param("id", id).update() == 1;
	}

	boolean declineWaiver(long id, String username) {
		return this.jdbc.sql("""
				update benefits.overpayment
				set waiver_reason = null, waiver_requested_by = null, waiver_requested_at = null
				where id = :id and status = 'OPEN' and waiver_requested_by is not null and waiver_requested_by <> :by
				""").param("by", username).param("id", id).update() == 1;
	}

	void event(long id, OverpaymentEvent.Action action, @Nullable Long amountFen, String actor, @Nullable String note) {
		this.jdbc.sql("""
				insert into benefits.overpayment_event (overpayment_id, action, amount_fen, actor, note)
				values (:id, :action, :amount, :actor, :note)
				""")
			.param("id", id)
			.param("action", action.name())
			.param("amount", amountFen)
			.param("actor", actor)
			.param("note", note)
			.update();
	}

	List<Recovery> recoveries(long id) {
		return this.jdbc.sql("""
				select id, overpayment_id, amount_fen, recovered_on, method, reference, recorded_by, recorded_at
				from benefits.overpayment_recovery where overpayment_id = :id order by recovered_on, id
				""")
			.param("id", id)
			.query((rs, n) -> new Recovery(rs.getLong("id"), rs.getLong("overpayment_id"), rs.getLong("amount_fen"),
					rs.getObject("recovered_on", LocalDate.class), RecoveryMethod.valueOf(rs.getString("method")),
					rs.getString("reference"), rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at"))))
			.list();
	}

	/** The history, starting with the overpayment's creation. */
	List<OverpaymentEvent> history(Overpayment overpayment) {
		List<OverpaymentEvent> events = new java.util.ArrayList<>();
		events.add(new OverpaymentEvent(0, OverpaymentEvent.Action.CREATED, overpayment.amountFen(), "system",
				overpayment.createdAt(), overpayment.reason()));
		events.addAll(this.jdbc.sql("""
				select id, action, amount_fen, actor, acted_at, note from benefits.overpayment_event
				where overpayment_id = :id order by acted_at, id
				""")
			.param("id", overpayment.id())
			.query((rs, n) -> new OverpaymentEvent(rs.getLong("id"),
					OverpaymentEvent.Action.valueOf(rs.getString("action")), rs.getObject("amount_fen", Long.class),
					rs.getString("actor"), instant(rs.getTimestamp("acted_at")), rs.getString("note")))
			.list());
		return events;
	}

	/** Waiver requests in the scope waiting for someone other than {@code username}. */
	long waiversAwaiting(RegionScope scope, String username) {
		return this.jdbc.sql("""
				select count(*) from benefits.overpayment
				where region_code between :lo and :hi and status = 'OPEN' and waiver_requested_by is not null
				  and waiver_requested_by <> :me
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("me", username)
			.query(Long.class)
			.single();
	}

	private Overpayment map(ResultSet rs, int row) throws SQLException {
		long amount = rs.getLong("amount_fen");
		long recovered = rs.getLong("recovered_fen");
		Overpayment.Status status = Overpayment.Status.valueOf(rs.getString("status"));
		return new Overpayment(rs.getLong("id"), rs.getLong("beneficiary_id"),
				BenefitType.valueOf(rs.getString("benefit_type")), rs.getLong("veteran_id"),
				rs.getString("region_code"), rs.getObject("first_month", LocalDate.class),
				rs.getObject("last_month", LocalDate.class), amount, recovered,
				(status == Overpayment.Status.OPEN) ? amount - recovered : 0, rs.getString("reason"), status,
				instant(rs.getTimestamp("created_at")), rs.getString("waiver_reason"),
				rs.getString("waiver_requested_by"), instantOrNull(rs.getTimestamp("waiver_requested_at")),
				rs.getString("waived_by"), instantOrNull(rs.getTimestamp("waived_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
