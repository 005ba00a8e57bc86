package org.rongjun.organization;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StationRepository {

	private static final String SELECT = """
			select s.id, s.name, s.region_code, coalesce(r.name, s.region_code) as region_name, s.kind, s.grade,
			       s.address, s.phone,
			       (select count(*) from organization.staff f where f.station_id = s.id) as staff_count
			from organization.service_station s
			left join organization.region r on r.code = s.region_code and r.valid_to is null
			""";

	private static final RowMapper<Station> MAPPER = (rs, row) -> new Station(rs.getLong("id"), rs.getString("name"),
			rs.getString("region_code"), rs.getString("region_name"), StationKind.valueOf(rs.getString("kind")),
			StationGrade.valueOf(rs.getString("grade")), rs.getString("address"), rs.getString("phone"),
			rs.getLong("staff_count"));

	private final JdbcClient jdbc;

	StationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Station> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where s.id = :id and s.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(MAPPER)
			.optional();
	}

	PageResult<Station> search(RegionScope scope, RegionScope filter, @Nullable String name, PageQuery page) {
		String where = """
				where s.region_code between :lo and :hi and s.region_code between :flo and :fhi
				  and (cast(:name as text) is null or s.name like :name)
				""";
		String pattern = (name != null && !name.isBlank()) ? "%" + escapeLike(name.strip()) + "%" : null;
		List<Station> items = this.jdbc
			.sql(SELECT + where + " order by s.region_code, s.id limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("flo", filter.lowerBound())
			.param("fhi", filter.upperBound())
			.param("name", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MAPPER)
			.list();
		long total = this.jdbc.sql("select count(*) from organization.service_station s " + where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("flo", filter.lowerBound())
			.param("fhi", filter.upperBound())
			.param("name", pattern)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	boolean nameTaken(String regionCode, String name, @Nullable Long exceptId) {
		return this.jdbc.sql("""
				select exists (select 1 from organization.service_station
				               where region_code = :region and name = :name and id <> coalesce(:except, -1))
				""")
			.param("region", regionCode)
			.param("name", name)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	long insert(StationDraft draft, StationKind kind) {
		return this.jdbc.sql("""
				insert into organization.service_station (name, region_code, kind, grade, address, phone)
				values (:name, :region, :kind, :grade, :address, :phone) returning id
				""")
			.param("name", draft.name().strip())
			.param("region", draft.regionCode())
			.param("kind", kind.name())
			.param("grade", draft.gradeOrDefault().name())
			.param("address", blankToNull(draft.address()))
			.param("phone", blankToNull(draft.phone()))
			.query(Long.class)
			.single();
	}

	void update(long id, StationDraft draft, StationKind kind) {
		this.jdbc.sql("""
				update organization.service_station
				set name = :name, region_code = :region, kind = :kind, grade = :grade, address = :address,
				    phone = :phone, updated_at = now()
				where id = :id
				""")
			.param("id", id)
			.param("name", draft.name().strip())
			.param("region", draft.regionCode())
			.param("kind", kind.name())
			.param("grade", draft.gradeOrDefault().name())
			.param("address", blankToNull(draft.address()))
			.param("phone", blankToNull(draft.phone()))
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("delete from organization.service_station where id = :id").param("id", id).update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from organization.service_station").query(Long.class).single();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
