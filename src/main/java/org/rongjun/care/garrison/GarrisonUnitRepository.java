package org.rongjun.care.garrison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.support.Texts;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GarrisonUnitRepository {

	private final JdbcClient jdbc;

	GarrisonUnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(GarrisonUnitDraft draft) {
		return this.jdbc.sql("""
				insert into care.garrison_unit (name, kind, region_code, address, contact_name, contact_phone,
				                                headcount, active)
				values (:name, :kind, :region, :address, :contactName, :contactPhone, :headcount, :active)
				returning id
				""").paramSource(params(draft)).query(Long.class).single();
	}

	void update(long id, GarrisonUnitDraft draft) {
		this.jdbc.sql("""
				update care.garrison_unit set name = :name, kind = :kind, region_code = :region, address = :address,
				       contact_name = :contactName, contact_phone = :contactPhone, headcount = :headcount,
				       active = :active
				where id = :id
				""").paramSource(params(draft).addValue("id", id)).update();
	}

	boolean nameTaken(String regionCode, String name, @Nullable Long self) {
		return this.jdbc.sql("""
				select exists (select 1 from care.garrison_unit where region_code = :region and name = :name
				               and (cast(:self as bigint) is null or id <> :self))
				""").param("region", regionCode).param("name", name).param("self", self).query(Boolean.class).single();
	}

	Optional<GarrisonUnit> find(long id, RegionScope scope) {
		return this.jdbc.sql("select * from care.garrison_unit where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> unit(rs))
			.optional();
	}

	PageResult<GarrisonUnit> search(RegionScope scope, @Nullable String name, @Nullable Boolean active,
			PageQuery page) {
		String where = """
				 where region_code between :lo and :hi
				   and (cast(:name as text) is null or name like '%' || cast(:name as text) || '%')
				   and (cast(:active as boolean) is null or active = :active)
				""";
		List<GarrisonUnit> items = this.jdbc
			.sql("select * from care.garrison_unit" + where + " order by region_code, name limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("name", name)
			.param("active", active)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> unit(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from care.garrison_unit" + where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("name", name)
			.param("active", active)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(GarrisonUnitDraft draft) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
			.addValue("name", draft.name().strip())
			.addValue("kind", draft.kind().name())
			.addValue("region", draft.regionCode().strip())
			.addValue("address", Texts.blankToNull(draft.address()))
			.addValue("contactName", Texts.blankToNull(draft.contactName()))
			.addValue("contactPhone", Texts.blankToNull(draft.contactPhone()))
			.addValue("headcount", draft.headcount())
			.addValue("active", !Boolean.FALSE.equals(draft.active()));
	}

	private static GarrisonUnit unit(ResultSet rs) throws SQLException {
		return new GarrisonUnit(rs.getLong("id"), rs.getString("name"), GarrisonUnitKind.valueOf(rs.getString("kind")),
				rs.getString("region_code"), rs.getString("region_code"), rs.getString("address"),
				rs.getString("contact_name"), rs.getString("contact_phone"), rs.getObject("headcount", Integer.class),
				rs.getBoolean("active"));
	}

}
