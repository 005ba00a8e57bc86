package org.rongjun.risk;

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

/**
 * Warnings: recorded once per signal, named and placed where the person lives now (from
 * registry's published view), listed and decided inside the caller's scope.
 */
@Repository
class WarningRepository {

	private static final String FILTER = """
			 where region_code between :lo and :hi
			   and (cast(:status as text) is null or status = :status)
			   and (cast(:kind as text) is null or kind = :kind)
			   and (cast(:veteran as bigint) is null or veteran_id = :veteran)
			""";

	private final JdbcClient jdbc;

	WarningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when the signal was new (false: already recorded, or no such person). */
	boolean insert(WarningSignal signal) {
		return this.jdbc.sql("""
				insert into risk.warning (kind, kind_label, veteran_id, person_name, region_code, detail, occurred_on,
				                          source_ref, status)
				select :kind, :label, p.veteran_id, p.name, p.region_code, :detail, :on, :ref, 'NEW'
				from registry.veteran_profile p where p.veteran_id = :veteran
				on conflict (kind, source_ref) do nothing
				""")
			.param("kind", signal.kind())
			.param("label", signal.label())
			.param("veteran", signal.veteranId())
			.param("detail", signal.detail())
			.param("on", signal.occurredOn())
			.param("ref", signal.sourceRef())
			.update() == 1;
	}

	/**
	 * Everyone kept in touch with whose last contact (or, never reached, the day they
	 * were taken on) lies before {@code cutoff}: one warning per silence (the source
	 * names the day it began), read set-based from contact's published view.
	 */
	int insertSilences(LocalDate cutoff, LocalDate today) {
		return this.jdbc
			.sql("""
					insert into risk.warning (kind, kind_label, veteran_id, person_name, region_code, detail, occurred_on,
					                          source_ref, status)
					select 'NO_CONTACT', '长期未联系', c.veteran_id, c.person_name, c.region_code,
					       case when c.last_contact_on is null
					            then format('自%s纳入常态化联系以来一直未联系上', c.followed_since)
					            else format('最近一次联系在%s，已%s天未联系', c.last_contact_on,
					                        cast(:today as date) - c.last_contact_on) end,
					       cast(:today as date), 'no-contact:' || c.veteran_id || ':' || coalesce(c.last_contact_on, c.followed_since),
					       'NEW'
					from contact.last_contact c
					where coalesce(c.last_contact_on, c.followed_since) < :cutoff
					on conflict (kind, source_ref) do nothing
					""")
			.param("cutoff", cutoff)
			.param("today", today)
			.update();
	}

	Optional<Warning> find(long id, RegionScope scope) {
		return this.jdbc.sql("select * from risk.warning where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> warning(rs))
			.optional();
	}

	PageResult<Warning> search(RegionScope region, @Nullable WarningStatus status, @Nullable String kind,
			@Nullable Long veteranId, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", region.lowerBound());
		params.put("hi", region.upperBound());
		params.put("status", (status != null) ? status.name() : null);
		params.put("kind", (kind != null && !kind.isBlank()) ? kind.strip() : null);
		params.put("veteran", veteranId);
		List<Warning> items = this.jdbc
			.sql("select * from risk.warning" + FILTER
					+ " order by (status <> 'NEW'), occurred_on desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> warning(rs))
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from risk.warning" + FILTER)
					.params(params)
					.query(Long.class)
					.single());
	}

	/** The kinds of warning recorded so far, with their labels, for the filter. */
	Map<String, String> kinds() {
		Map<String, String> kinds = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select distinct kind, kind_label from risk.warning order by kind")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((e) -> kinds.put(e.getKey(), e.getValue()));
		return kinds;
	}

	/** Decides a NEW warning; false when someone decided it first. */
	boolean accept(long id, long riskItemId, String username) {
		return this.jdbc.sql("""
				update risk.warning set status = 'ACCEPTED', risk_item_id = :item, decided_by = :by, decided_at = now()
				where id = :id and status = 'NEW'
				""").param("id", id).param("item", riskItemId).param("by", username).update() == 1;
	}

	boolean dismiss(long id, String reason, String username) {
		return this.jdbc.sql("""
				update risk.warning set status = 'DISMISSED', dismiss_reason = :reason, decided_by = :by,
				       decided_at = now()
				where id = :id and status = 'NEW'
				""").param("id", id).param("reason", reason).param("by", username).update() == 1;
	}

	private static Warning warning(ResultSet rs) throws SQLException {
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new Warning(rs.getLong("id"), rs.getString("kind"), rs.getString("kind_label"), rs.getLong("veteran_id"),
				rs.getString("person_name"), rs.getString("region_code"), rs.getString("region_code"),
				rs.getString("detail"), rs.getObject("occurred_on", LocalDate.class),
				WarningStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("dismiss_reason"),
				rs.getObject("risk_item_id", Long.class));
	}

}
