package org.rongjun.registry.lifeevents;

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
class TransferRequestRepository {

	private static final String SELECT = """
			select t.*, v.name as veteran_name
			from registry.transfer_request t join registry.veteran v on v.id = t.veteran_id
			""";

	private final JdbcClient jdbc;

	TransferRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long veteranId, String fromRegion, String toRegion, String reason, String username) {
		return this.jdbc.sql("""
				insert into registry.transfer_request (veteran_id, from_region_code, to_region_code, reason, status,
				    requested_by)
				values (:veteran, :from, :to, :reason, 'PENDING', :by)
				returning id
				""")
			.param("veteran", veteranId)
			.param("from", fromRegion)
			.param("to", toRegion)
			.param("reason", reason)
			.param("by", username)
			.query(Long.class)
			.single();
	}

	boolean hasPending(long veteranId) {
		return this.jdbc.sql(
				"select exists (select 1 from registry.transfer_request where veteran_id = :veteran and status = 'PENDING')")
			.param("veteran", veteranId)
			.query(Boolean.class)
			.single();
	}

	/** A request the caller sees from either side: sending or receiving. */
	Optional<TransferRequest> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + """
				where t.id = :id and (t.from_region_code between :lo and :hi or t.to_region_code between :lo and :hi)
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	PageResult<TransferRequest> list(TransferDirection direction, @Nullable TransferStatus status, RegionScope scope,
			PageQuery page) {
		String column = (direction == TransferDirection.INCOMING) ? "t.to_region_code" : "t.from_region_code";
		String where = " where " + column + " between :lo and :hi"
				+ " and (cast(:status as text) is null or t.status = :status)";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("status", (status != null) ? status.name() : null);
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<TransferRequest> items = this.jdbc.sql(SELECT + where + " order by t.id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from registry.transfer_request t" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	/** Decides only a request still pending, so two deciders cannot both succeed. */
	/**
	 * Decides a pending request; an approval stores its payment cut-over, which the
	 * published view {@code household_transfer} gives to benefits.
	 */
	boolean decide(long id, TransferStatus decision, String username, LocalDate decidedOn, @Nullable String reason,
			@Nullable PaymentCutOver cutOver) {
		return this.jdbc.sql("""
				update registry.transfer_request set status = :status, decided_by = :by, decided_at = now(),
				    decided_on = :on, decision_reason = :reason, old_region_pays_through = :paysThrough
				where id = :id and status = 'PENDING'
				""")
			.param("id", id)
			.param("status", decision.name())
			.param("by", username)
			.param("on", decidedOn)
			.param("reason", reason)
			.param("paysThrough", (cutOver != null) ? cutOver.oldCountyPaysThrough().atDay(1) : null)
			.update() == 1;
	}

	private static TransferRequest map(ResultSet rs) throws SQLException {
		TransferStatus status = TransferStatus.valueOf(rs.getString("status"));
		LocalDate decidedOn = rs.getObject("decided_on", LocalDate.class);
		return new TransferRequest(rs.getLong("id"), rs.getLong("veteran_id"), rs.getString("veteran_name"),
				rs.getString("from_region_code"), rs.getString("from_region_code"), rs.getString("to_region_code"),
				rs.getString("to_region_code"), rs.getString("reason"), status, rs.getString("requested_by"),
				rs.getObject("requested_at", OffsetDateTime.class), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), decidedOn, rs.getString("decision_reason"),
				(status == TransferStatus.APPROVED && decidedOn != null)
						? PaymentCutOver.forTransferApprovedOn(decidedOn) : null);
	}

}
