package org.rongjun.honors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
class GloryPlaqueRepository {

	private static final String SELECT = """
			select p.*, h.head_name, h.address as household_address
			from honors.glory_plaque p join honors.plaque_household h on h.id = p.household_id
			""";

	private final JdbcClient jdbc;

	GloryPlaqueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long householdId, String regionCode, @Nullable Long replacesId, LocalDate issuedOn, String by) {
		return this.jdbc.sql("""
				insert into honors.glory_plaque (household_id, region_code, status, replaces_id, issued_on, issued_by)
				values (:household, :region, 'ISSUED', :replaces, :on, :by)
				returning id
				""")
			.param("household", householdId)
			.param("region", regionCode)
			.param("replaces", replacesId)
			.param("on", issuedOn)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<GloryPlaque> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where p.id = :id and p.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	boolean hang(long id, LocalDate on, String address, String signedBy, String by) {
		return this.jdbc.sql("""
				update honors.glory_plaque set status = 'HUNG', hung_on = :on, hung_address = :address,
				    signed_by = :signed, hung_by = :by, updated_by = :by, updated_at = now()
				where id = :id and status = 'ISSUED'
				""")
			.param("id", id)
			.param("on", on)
			.param("address", address)
			.param("signed", signedBy)
			.param("by", by)
			.update() == 1;
	}

	boolean replace(long id, ReplacementReason reason, LocalDate on, @Nullable String remark, String by) {
		return this.jdbc.sql("""
				update honors.glory_plaque set status = 'REPLACED', replaced_on = :on, replace_reason = :reason,
				    remark = :remark, updated_by = :by, updated_at = now()
				where id = :id and status = 'HUNG'
				""")
			.param("id", id)
			.param("on", on)
			.param("reason", reason.name())
			.param("remark", remark)
			.param("by", by)
			.update() == 1;
	}

	boolean revoke(long id, RevocationReason reason, LocalDate on, String remark, String by) {
		return this.jdbc.sql("""
				update honors.glory_plaque set status = 'REVOKED', revoked_on = :on, revoke_reason = :reason,
				    remark = :remark, updated_by = :by, updated_at = now()
				where id = :id and status in ('ISSUED', 'HUNG')
				""")
			.param("id", id)
			.param("on", on)
			.param("reason", reason.name())
			.param("remark", remark)
			.param("by", by)
			.update() == 1;
	}

	PageResult<GloryPlaque> list(RegionScope scope, @Nullable RegionScope region, @Nullable PlaqueStatus status,
			@Nullable Long householdId, PageQuery page) {
		StringBuilder where = new StringBuilder(" where p.region_code between :lo and :hi");
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		if (region != null) {
			where.append(" and p.region_code between :rlo and :rhi");
			params.put("rlo", region.lowerBound());
			params.put("rhi", region.upperBound());
		}
		if (status != null) {
			where.append(" and p.status = :status");
			params.put("status", status.name());
		}
		if (householdId != null) {
			where.append(" and p.household_id = :household");
			params.put("household", householdId);
		}
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<GloryPlaque> items = this.jdbc.sql(SELECT + where + " order by p.id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from honors.glory_plaque p" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	private static GloryPlaque map(ResultSet rs) throws SQLException {
		long replaces = rs.getLong("replaces_id");
		Long replacesId = rs.wasNull() ? null : replaces;
		String replaceReason = rs.getString("replace_reason");
		String revokeReason = rs.getString("revoke_reason");
		return new GloryPlaque(rs.getLong("id"), rs.getLong("household_id"), rs.getString("head_name"),
				rs.getString("region_code"), rs.getString("region_code"), rs.getString("household_address"),
				PlaqueStatus.valueOf(rs.getString("status")), replacesId, rs.getObject("issued_on", LocalDate.class),
				rs.getString("issued_by"), rs.getObject("hung_on", LocalDate.class), rs.getString("hung_address"),
				rs.getString("signed_by"), rs.getObject("replaced_on", LocalDate.class),
				(replaceReason != null) ? ReplacementReason.valueOf(replaceReason) : null,
				rs.getObject("revoked_on", LocalDate.class),
				(revokeReason != null) ? RevocationReason.valueOf(revokeReason) : null, rs.getString("remark"));
	}

}
