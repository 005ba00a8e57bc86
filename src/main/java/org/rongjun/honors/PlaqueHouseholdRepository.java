package org.rongjun.honors;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlaqueHouseholdRepository {

	/**
	 * A household may hang a plaque: the registry or a send-off gives it a basis, and it
	 * was not revoked.
	 */
	static final String ELIGIBLE = "((cardinality(h.bases) > 0 or h.conscript_family) and not h.revoked)";

	private static final String SELECT = """
			select h.*, p.id as plaque_id, p.status as plaque_status
			from honors.plaque_household h
			left join honors.glory_plaque p on p.household_id = h.id and p.status in ('ISSUED', 'HUNG')
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PlaqueHouseholdRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	record Derived(String key, String headName, String regionCode, @Nullable String address, Set<PlaqueBasis> bases,
			List<Long> veteranIds, boolean basisDeceased) {
	}

	/**
	 * Writes the derived households of one refresh in batches; {@code run} marks them
	 * seen.
	 */
	void upsert(List<Derived> households, Instant run) {
		Timestamp seen = Timestamp.from(run);
		List<Object[]> rows = new ArrayList<>(households.size());
		for (Derived d : households) {
			rows.add(new Object[] { d.key(), d.headName(), d.regionCode(), d.address(),
					d.bases().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
					d.veteranIds().stream().map(String::valueOf).collect(Collectors.joining(",")), d.basisDeceased(),
					seen });
		}
		this.batch.batchUpdate("""
				insert into honors.plaque_household (household_key, head_name, region_code, address, bases, veteran_ids,
				    basis_deceased, refreshed_at)
				values (?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ',')::bigint[], ?, ?)
				on conflict (household_key) do update set head_name = excluded.head_name,
				    region_code = excluded.region_code, address = excluded.address, bases = excluded.bases,
				    veteran_ids = excluded.veteran_ids, basis_deceased = excluded.basis_deceased,
				    refreshed_at = excluded.refreshed_at
				""", rows);
	}

	/**
	 * Households in the scope the registry no longer gives a basis (moved away, died
	 * before 2018 …).
	 */
	int clearUnseen(RegionScope scope, Instant run) {
		return this.jdbc.sql("""
				update honors.plaque_household set bases = '{}', veteran_ids = '{}'
				where region_code between :lo and :hi and cardinality(bases) > 0
				  and refreshed_at is distinct from :run
				""")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("run", Timestamp.from(run))
			.update();
	}

	/** Queues a conscript's family: the household under the same key gains the basis. */
	long queueConscriptFamily(String key, String headName, String regionCode, String address) {
		return this.jdbc.sql("""
				insert into honors.plaque_household (household_key, head_name, region_code, address, conscript_family)
				values (:key, :head, :region, :address, true)
				on conflict (household_key) do update set conscript_family = true
				returning id
				""")
			.param("key", key)
			.param("head", headName)
			.param("region", regionCode)
			.param("address", address)
			.query(Long.class)
			.single();
	}

	Optional<PlaqueHousehold> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where h.id = :id and h.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	void markRevoked(long id) {
		this.jdbc.sql("update honors.plaque_household set revoked = true where id = :id").param("id", id).update();
	}

	PageResult<PlaqueHousehold> list(RegionScope scope, @Nullable RegionScope region, boolean unhungOnly,
			@Nullable String name, PageQuery page) {
		StringBuilder where = new StringBuilder(" where h.region_code between :lo and :hi");
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		if (region != null) {
			where.append(" and h.region_code between :rlo and :rhi");
			params.put("rlo", region.lowerBound());
			params.put("rhi", region.upperBound());
		}
		if (unhungOnly) {
			where.append(" and ").append(ELIGIBLE).append(" and ").append(notHung());
		}
		if (name != null) {
			where.append(" and h.head_name like :name");
			params.put("name", "%" + name.replace("%", "").replace("_", "") + "%");
		}
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<PlaqueHousehold> items = this.jdbc
			.sql(SELECT + where + " order by h.region_code, h.id limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from honors.plaque_household h" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	/**
	 * Eligible households without a hung plaque, counted per region code (village level).
	 */
	Map<String, Long> unhungByRegion(RegionScope scope) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select h.region_code, count(*) as n from honors.plaque_household h"
					+ " where h.region_code between :lo and :hi and " + ELIGIBLE + " and " + notHung()
					+ " group by h.region_code order by h.region_code")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((ResultSet rs) -> {
				counts.put(rs.getString("region_code"), rs.getLong("n"));
			});
		return counts;
	}

	private static String notHung() {
		return "not exists (select 1 from honors.glory_plaque g where g.household_id = h.id and g.status = 'HUNG')";
	}

	private static PlaqueHousehold map(ResultSet rs) throws SQLException {
		List<PlaqueBasis> bases = Arrays.stream(strings(rs.getArray("bases"))).map(PlaqueBasis::valueOf).toList();
		List<Long> veteranIds = new ArrayList<>();
		Array ids = rs.getArray("veteran_ids");
		if (ids != null) {
			for (Object id : (Object[]) ids.getArray()) {
				veteranIds.add(((Number) id).longValue());
			}
		}
		boolean conscript = rs.getBoolean("conscript_family");
		boolean revoked = rs.getBoolean("revoked");
		long plaqueId = rs.getLong("plaque_id");
		Long plaque = rs.wasNull() ? null : plaqueId;
		String status = rs.getString("plaque_status");
		return new PlaqueHousehold(rs.getLong("id"), rs.getString("head_name"), rs.getString("region_code"),
				rs.getString("region_code"), rs.getString("address"), bases, veteranIds, conscript,
				rs.getBoolean("basis_deceased") && !conscript, revoked, (!bases.isEmpty() || conscript) && !revoked,
				plaque, (status != null) ? PlaqueStatus.valueOf(status) : null);
	}

	private static String[] strings(@Nullable Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

}
