package org.rongjun.grants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HardshipGrantRepository {

	private static final String SELECT = """
			select g.*, t.name as grant_type_name
			from grants.hardship_grant g join grants.grant_type t on t.code = g.grant_type
			""";

	private final JdbcClient jdbc;

	HardshipGrantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of the application list; null means any. */
	record Filter(@Nullable GrantStatus status, @Nullable Long veteranId, @Nullable String submittedBy,
			@Nullable String q) {
	}

	long insert(GrantApplication application, String veteranName, String regionCode, Payout payout,
			ReviewLevel entryLevel, String username) {
		return this.jdbc.sql("""
				insert into grants.hardship_grant (veteran_id, veteran_name, region_code, grant_type, requested_fen,
				    reason, household_size, payout, status, current_level, submitted_by)
				values (:veteran, :name, :region, :type, :requested, :reason, :household, :payout, 'UNDER_REVIEW',
				    :level, :by)
				returning id
				""")
			.param("veteran", application.veteranId())
			.param("name", veteranName)
			.param("region", regionCode)
			.param("type", application.grantType())
			.param("requested", application.requestedFen())
			.param("reason", application.reason())
			.param("household", application.householdSize())
			.param("payout", payout.name())
			.param("level", entryLevel.name())
			.param("by", username)
			.query(Long.class)
			.single();
	}

	Optional<HardshipGrant> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where g.id = :id and g.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs, List.of()))
			.optional()
			.map((grant) -> withDecisions(grant, decisions(id)));
	}

	/** The application locked for a decision or payment, so two writers take turns. */
	Optional<HardshipGrant> lock(long id) {
		this.jdbc.sql("select id from grants.hardship_grant where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional();
		return this.jdbc.sql(SELECT + " where g.id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs, List.of()))
			.optional()
			.map((grant) -> withDecisions(grant, decisions(id)));
	}

	void apply(long id, HardshipGrant.Transition transition, @Nullable LocalDate decidedOn) {
		this.jdbc.sql("""
				update grants.hardship_grant set status = :status, current_level = :level,
				    recommended_fen = :recommended, approved_fen = :approved, decided_on = :decidedOn
				where id = :id
				""")
			.param("id", id)
			.param("status", transition.status().name())
			.param("level", (transition.currentLevel() != null) ? transition.currentLevel().name() : null)
			.param("recommended", transition.recommendedFen())
			.param("approved", transition.approvedFen())
			.param("decidedOn", decidedOn)
			.update();
		ReviewDecision decision = transition.decision();
		this.jdbc.sql("""
				insert into grants.review_decision (grant_id, round, level, outcome, amount_fen, remark, decided_by)
				values (:grant, :round, :level, :outcome, :amount, :remark, :by)
				""")
			.param("grant", id)
			.param("round", decision.round())
			.param("level", decision.level().name())
			.param("outcome", decision.outcome().name())
			.param("amount", decision.amountFen())
			.param("remark", decision.remark())
			.param("by", decision.decidedBy())
			.update();
	}

	void resubmit(long id, String grantType, long requestedFen, String reason, @Nullable Integer householdSize,
			Payout payout, ReviewLevel entryLevel) {
		this.jdbc.sql("""
				update grants.hardship_grant set grant_type = :type, requested_fen = :requested, reason = :reason,
				    household_size = :household, payout = :payout, status = 'UNDER_REVIEW', current_level = :level,
				    recommended_fen = null, round = round + 1
				where id = :id and status = 'RETURNED'
				""")
			.param("id", id)
			.param("type", grantType)
			.param("requested", requestedFen)
			.param("reason", reason)
			.param("household", householdSize)
			.param("payout", payout.name())
			.param("level", entryLevel.name())
			.update();
	}

	void markPaid(long id, LocalDate paidOn, @Nullable String method, @Nullable String voucher,
			@Nullable String recordedBy, @Nullable String reference) {
		this.jdbc.sql("""
				update grants.hardship_grant set status = 'PAID', paid_on = :on, paid_method = :method,
				    paid_voucher = :voucher, paid_by = :by, payment_reference = :reference, payment_failure = null
				where id = :id
				""")
			.param("id", id)
			.param("on", paidOn)
			.param("method", method)
			.param("voucher", voucher)
			.param("by", recordedBy)
			.param("reference", reference)
			.update();
	}

	void markFailed(long id, String failure, @Nullable String reference) {
		this.jdbc.sql("""
				update grants.hardship_grant set status = 'PAYMENT_FAILED', payment_failure = :failure,
				    payment_reference = :reference
				where id = :id
				""").param("id", id).param("failure", failure).param("reference", reference).update();
	}

	PageResult<HardshipGrant> list(Filter filter, RegionScope scope, PageQuery page) {
		StringBuilder where = new StringBuilder(" where g.region_code between :lo and :hi");
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		if (filter.status() != null) {
			where.append(" and g.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.veteranId() != null) {
			where.append(" and g.veteran_id = :veteran");
			params.put("veteran", filter.veteranId());
		}
		if (filter.submittedBy() != null) {
			where.append(" and g.submitted_by = :by");
			params.put("by", filter.submittedBy());
		}
		if (filter.q() != null) {
			where.append(" and g.veteran_name like :q");
			params.put("q", filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return page(where.toString(), params, page);
	}

	/**
	 * What waits for {@code username} at {@code level}: inside the scope, not submitted
	 * by them, not yet decided by them in this round.
	 */
	PageResult<HardshipGrant> inbox(ReviewLevel level, RegionScope scope, String username, PageQuery page) {
		String where = """
				 where g.status = 'UNDER_REVIEW' and g.current_level = :level
				   and g.region_code between :lo and :hi and g.submitted_by <> :me
				   and not exists (select 1 from grants.review_decision d
				                   where d.grant_id = g.id and d.round = g.round and d.decided_by = :me)
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("level", level.name());
		params.put("me", username);
		return page(where, params, page);
	}

	private PageResult<HardshipGrant> page(String where, Map<String, Object> params, PageQuery page) {
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<HardshipGrant> items = this.jdbc.sql(SELECT + where + " order by g.id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs, List.of()))
			.list();
		long total = this.jdbc.sql("select count(*) from grants.hardship_grant g" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	List<ReviewDecision> decisions(long grantId) {
		return this.jdbc.sql("select * from grants.review_decision where grant_id = :grant order by id")
			.param("grant", grantId)
			.query((rs, row) -> new ReviewDecision(rs.getLong("id"), rs.getInt("round"),
					ReviewLevel.valueOf(rs.getString("level")), ReviewOutcome.valueOf(rs.getString("outcome")),
					nullableLong(rs, "amount_fen"), rs.getString("remark"), rs.getString("decided_by"),
					rs.getObject("decided_at", OffsetDateTime.class)))
			.list();
	}

	private static HardshipGrant withDecisions(HardshipGrant g, List<ReviewDecision> decisions) {
		return new HardshipGrant(g.id(), g.veteranId(), g.veteranName(), g.regionCode(), g.regionName(), g.grantType(),
				g.grantTypeName(), g.requestedFen(), g.recommendedFen(), g.approvedFen(), g.reason(), g.householdSize(),
				g.payout(), g.status(), g.currentLevel(), g.round(), g.submittedBy(), g.submittedAt(), g.decidedOn(),
				g.payment(), decisions);
	}

	private static HardshipGrant map(ResultSet rs, List<ReviewDecision> decisions) throws SQLException {
		String level = rs.getString("current_level");
		HardshipGrant.Payment payment = null;
		LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
		String failure = rs.getString("payment_failure");
		if (paidOn != null || failure != null) {
			payment = new HardshipGrant.Payment(paidOn, rs.getString("paid_method"), rs.getString("paid_voucher"),
					rs.getString("paid_by"), rs.getString("payment_reference"), failure);
		}
		return new HardshipGrant(rs.getLong("id"), rs.getLong("veteran_id"), rs.getString("veteran_name"),
				rs.getString("region_code"), rs.getString("region_code"), rs.getString("grant_type"),
				rs.getString("grant_type_name"), rs.getLong("requested_fen"), nullableLong(rs, "recommended_fen"),
				nullableLong(rs, "approved_fen"), rs.getString("reason"), (Integer) rs.getObject("household_size"),
				Payout.valueOf(rs.getString("payout")), GrantStatus.valueOf(rs.getString("status")),
				(level != null) ? ReviewLevel.valueOf(level) : null, rs.getInt("round"), rs.getString("submitted_by"),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("decided_on", LocalDate.class),
				payment, decisions);
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
