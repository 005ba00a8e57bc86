package org.rongjun.benefits.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRunRepository {

	private static final String SELECT = """
			select id, benefit_type, region_code, first_month, months, follow_up_of, status, line_count, payee_count,
			       total_fen, paid_count, failed_count, prepared_by, prepared_at, approved_by, approved_at,
			       exported_by, exported_at, reconciled_by, reconciled_at, job_id, job_owner
			from benefits.payment_run
			""";

	private final JdbcClient jdbc;

	PaymentRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a PREPARING run and its first review entry (PREPARED by the maker). */
	long insert(BenefitType type, String region, LocalDate firstMonth, int months, @Nullable Long followUpOf,
			String username) {
		long id = this.jdbc.sql("""
				insert into benefits.payment_run (benefit_type, region_code, first_month, months, follow_up_of, status,
				                                  prepared_by)
				values (:type, :region, :first, :months, :followUpOf, 'PREPARING', :by) returning id
				""")
			.param("type", type.name())
			.param("region", region)
			.param("first", firstMonth)
			.param("months", months)
			.param("followUpOf", followUpOf)
			.param("by", username)
			.query(Long.class)
			.single();
		review(id, RunReview.Action.PREPARED, username,
				(followUpOf != null) ? "对批次 #" + followUpOf + " 的失败明细补发" : null);
		return id;
	}

	void review(long runId, RunReview.Action action, String actor, @Nullable String comment) {
		this.jdbc.sql("""
				insert into benefits.payment_run_review (run_id, action, actor, comment)
				values (:run, :action, :actor, :comment)
				""")
			.param("run", runId)
			.param("action", action.name())
			.param("actor", actor)
			.param("comment", comment)
			.update();
	}

	List<RunReview> reviews(long runId) {
		return this.jdbc.sql("""
				select id, run_id, action, actor, acted_at, comment from benefits.payment_run_review
				where run_id = :run order by acted_at, id
				""")
			.param("run", runId)
			.query((rs, n) -> new RunReview(rs.getLong("id"), rs.getLong("run_id"),
					RunReview.Action.valueOf(rs.getString("action")), rs.getString("actor"),
					instant(rs.getTimestamp("acted_at")), rs.getString("comment")))
			.list();
	}

	Optional<PaymentRun> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<PaymentRun> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(this::map)
			.optional();
	}

	/** Runs in the caller's scope, or above it: a township sees the county's runs. */
	PageResult<PaymentRun> list(RegionScope scope, @Nullable BenefitType type, PageQuery page) {
		String where = " where region_code between :lo and :hi and (cast(:type as text) is null or benefit_type = :type)";
		long total = this.jdbc.sql("select count(*) from benefits.payment_run" + where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("type", (type != null) ? type.name() : null)
			.query(Long.class)
			.single();
		List<PaymentRun> items = this.jdbc.sql(SELECT + where + " order by id desc limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("type", (type != null) ? type.name() : null)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/**
	 * Applies a transition the run decided, if the run is still in the state it was
	 * decided from (else false: someone else changed it meanwhile), with its review
	 * entry. A run giving up its lines deletes those not settled (all of them: only
	 * unsettled runs can be rejected or cancelled) and keeps no figures.
	 */
	boolean apply(long id, PaymentRun.Transition transition) {
		String actorColumns = switch (transition.action()) {
			case APPROVED -> ", approved_by = :actor, approved_at = now()";
			case REJECTED -> ", rejected_by = :actor, rejected_at = now()";
			case EXPORTED -> ", exported_by = :actor, exported_at = now()";
			case RECONCILED -> ", reconciled_by = :actor, reconciled_at = now()";
			case PREPARED, CANCELLED -> "";
		};
		String figures = transition.freesLines()
				? ", line_count = 0, payee_count = 0, total_fen = 0, single_line_payees = false" : "";
		boolean applied = this.jdbc
			.sql("update benefits.payment_run set status = :to" + actorColumns + figures
					+ " where id = :id and status = :from")
			.param("to", transition.to().name())
			.param("from", transition.from().name())
			.param("actor", transition.actor())
			.param("id", id)
			.update() == 1;
		if (!applied) {
			return false;
		}
		if (transition.freesLines()) {
			this.jdbc.sql("delete from benefits.payment_line where run_id = :run and attempt = 0 and state = 'PENDING'")
				.param("run", id)
				.update();
		}
		review(id, transition.action(), transition.actor(), transition.comment());
		return true;
	}

	/**
	 * PREPARING → PREPARED once every line is written, with the run's figures: the one
	 * time its lines are counted.
	 */
	boolean markPrepared(long id) {
		return this.jdbc
			.sql("""
					update benefits.payment_run r set status = 'PREPARED', line_count = s.lines, single_line_payees = s.single,
					       total_fen = s.total
					from (select count(*) as lines, coalesce(bool_and(kind = 'REGULAR'), true) as single,
					             coalesce(sum(amount_fen), 0) as total
					      from benefits.payment_line where run_id = :id) s
					where r.id = :id and r.status = 'PREPARING'
					""")
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Locks a run being prepared against cancelling until the caller's transaction ends
	 * (a chunk writing its lines); false if it is no longer PREPARING.
	 */
	boolean holdWhilePreparing(long id) {
		return this.jdbc.sql("select status from benefits.payment_run where id = :id for share")
			.param("id", id)
			.query(String.class)
			.optional()
			.filter(RunStatus.PREPARING.name()::equals)
			.isPresent();
	}

	/** The background job preparing the run, and whose it is. */
	void recordJob(long id, long jobId, String owner) {
		this.jdbc.sql("update benefits.payment_run set job_id = :job, job_owner = :owner where id = :id")
			.param("job", jobId)
			.param("owner", owner)
			.param("id", id)
			.update();
	}

	/**
	 * Payee records of the bank file (a beneficiary's months add up to one transfer, each
	 * one-off is its own), counted once when the file is issued.
	 */
	void countPayees(long id) {
		this.jdbc.sql("""
				update benefits.payment_run set payee_count = (select count(*) from (
				    select distinct beneficiary_id, case when kind = 'ONE_OFF' then basis else 0 end
				    from benefits.payment_line where run_id = :run and attempt = 0) p) where id = :run
				""").param("run", id).update();
	}

	/** A return file settled more lines. */
	void addSettled(long id, long paid, long failed) {
		this.jdbc.sql("""
				update benefits.payment_run set paid_count = paid_count + :paid, failed_count = failed_count + :failed
				where id = :id
				""").param("paid", paid).param("failed", failed).param("id", id).update();
	}

	/** Runs interrupted while preparing (by a crash or a restart), to resume. */
	List<Long> preparing() {
		return this.jdbc.sql("select id from benefits.payment_run where status = 'PREPARING' order by id")
			.query(Long.class)
			.list();
	}

	private PaymentRun map(ResultSet rs, int row) throws SQLException {
		return new PaymentRun(rs.getLong("id"), BenefitType.valueOf(rs.getString("benefit_type")),
				rs.getString("region_code"), rs.getObject("first_month", LocalDate.class), rs.getInt("months"),
				rs.getObject("follow_up_of", Long.class), RunStatus.valueOf(rs.getString("status")),
				rs.getLong("line_count"), rs.getLong("payee_count"), rs.getLong("total_fen"), rs.getLong("paid_count"),
				rs.getLong("failed_count"), rs.getString("prepared_by"), instant(rs.getTimestamp("prepared_at")),
				rs.getString("approved_by"), instantOrNull(rs.getTimestamp("approved_at")), rs.getString("exported_by"),
				instantOrNull(rs.getTimestamp("exported_at")), rs.getString("reconciled_by"),
				instantOrNull(rs.getTimestamp("reconciled_at")), rs.getObject("job_id", Long.class),
				rs.getString("job_owner"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
