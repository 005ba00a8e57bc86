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
class StaffRepository {

	private static final String SELECT = """
			select f.id, f.station_id, s.name as station_name, s.region_code, f.name, f.position, f.phone, f.active,
			       f.username
			from organization.staff f join organization.service_station s on s.id = f.station_id
			""";

	private static final RowMapper<StaffMember> MAPPER = (rs, row) -> new StaffMember(rs.getLong("id"),
			rs.getLong("station_id"), rs.getString("station_name"), rs.getString("region_code"), rs.getString("name"),
			rs.getString("position"), rs.getString("phone"), rs.getBoolean("active"), rs.getString("username"));

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffMember> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where f.id = :id and s.region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(MAPPER)
			.optional();
	}

	PageResult<StaffMember> search(RegionScope scope, @Nullable Long stationId, @Nullable String name, PageQuery page) {
		String where = """
				where s.region_code between :lo and :hi
				  and (cast(:station as bigint) is null or f.station_id = :station)
				  and (cast(:name as text) is null or f.name like :name)
				""";
		String pattern = (name != null && !name.isBlank()) ? StationRepository.escapeLike(name.strip()) + "%" : null;
		List<StaffMember> items = this.jdbc
			.sql(SELECT + where + " order by s.region_code, f.station_id, f.id limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("station", stationId)
			.param("name", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MAPPER)
			.list();
		long total = this.jdbc
			.sql("select count(*) from organization.staff f join organization.service_station s on s.id = f.station_id "
					+ where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("station", stationId)
			.param("name", pattern)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	long insert(StaffDraft draft) {
		return this.jdbc.sql("""
				insert into organization.staff (station_id, name, position, phone, active, username)
				values (:station, :name, :position, :phone, :active, :username) returning id
				""")
			.param("username", StationRepository.blankToNull(draft.username()))
			.param("station", draft.stationId())
			.param("name", draft.name().strip())
			.param("position", StationRepository.blankToNull(draft.position()))
			.param("phone", StationRepository.blankToNull(draft.phone()))
			.param("active", draft.activeOrDefault())
			.query(Long.class)
			.single();
	}

	void update(long id, StaffDraft draft) {
		this.jdbc.sql("""
				update organization.staff set station_id = :station, name = :name, position = :position,
				       phone = :phone, active = :active, username = :username, updated_at = now()
				where id = :id
				""")
			.param("username", StationRepository.blankToNull(draft.username()))
			.param("id", id)
			.param("station", draft.stationId())
			.param("name", draft.name().strip())
			.param("position", StationRepository.blankToNull(draft.position()))
			.param("phone", StationRepository.blankToNull(draft.phone()))
			.param("active", draft.activeOrDefault())
			.update();
	}

	Optional<StaffMember> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " where f.username = :username")
			.param("username", username)
			.query(MAPPER)
			.optional();
	}

	boolean usernameTaken(String username, @Nullable Long exceptId) {
		return this.jdbc
			.sql("select exists (select 1 from organization.staff where username = :username and id <> :except)")
			.param("username", username)
			.param("except", (exceptId != null) ? exceptId : -1L)
			.query(Boolean.class)
			.single();
	}

	void delete(long id) {
		this.jdbc.sql("delete from organization.staff where id = :id").param("id", id).update();
	}

}
