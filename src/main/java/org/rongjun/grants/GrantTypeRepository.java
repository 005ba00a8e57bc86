package org.rongjun.grants;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GrantTypeRepository {

	private final JdbcClient jdbc;

	GrantTypeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GrantType> list(boolean includeInactive) {
		return this.jdbc.sql("select * from grants.grant_type where active or :all order by sort_order, code")
			.param("all", includeInactive)
			.query((rs, row) -> new GrantType(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order"),
					rs.getBoolean("active")))
			.list();
	}

	Optional<GrantType> find(String code) {
		return this.jdbc.sql("select * from grants.grant_type where code = :code")
			.param("code", code)
			.query((rs, row) -> new GrantType(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order"),
					rs.getBoolean("active")))
			.optional();
	}

	boolean insert(GrantType type) {
		return this.jdbc.sql("""
				insert into grants.grant_type (code, name, sort_order, active) values (:code, :name, :sort, :active)
				on conflict do nothing
				""")
			.param("code", type.code())
			.param("name", type.name())
			.param("sort", type.sortOrder())
			.param("active", type.active())
			.update() == 1;
	}

	boolean update(GrantType type) {
		return this.jdbc
			.sql("update grants.grant_type set name = :name, sort_order = :sort, active = :active where code = :code")
			.param("code", type.code())
			.param("name", type.name())
			.param("sort", type.sortOrder())
			.param("active", type.active())
			.update() == 1;
	}

}
