package org.rongjun.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoleRepository {

	private static final String SELECT = """
			select r.*, array(select p.permission from identity.role_permission p
			                  where p.role_id = r.id order by p.permission) as permissions
			from identity.role r
			""";

	private final JdbcClient jdbc;

	RoleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Role> findAll() {
		return this.jdbc.sql(SELECT + " order by r.builtin desc, r.id").query((rs, row) -> map(rs)).list();
	}

	Optional<Role> find(long id) {
		return this.jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, row) -> map(rs)).optional();
	}

	List<Role> findByCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where r.code in (:codes)")
			.param("codes", codes)
			.query((rs, row) -> map(rs))
			.list();
	}

	/** Which kinds of role may carry each classified permission (ADR 0019). */
	Map<String, Set<Duty>> holders() {
		Map<String, Set<Duty>> holders = new HashMap<>();
		this.jdbc.sql("select code, holders from identity.permission").query((rs) -> {
			Set<Duty> duties = EnumSet.noneOf(Duty.class);
			for (String duty : (String[]) rs.getArray("holders").getArray()) {
				duties.add(Duty.valueOf(duty));
			}
			holders.put(rs.getString("code"), duties);
		});
		return holders;
	}

	/** The users holding role {@code roleId}. */
	List<Long> holdersOf(long roleId) {
		return this.jdbc.sql("select user_id from identity.user_role where role_id = :role")
			.param("role", roleId)
			.query(Long.class)
			.list();
	}

	/** The roles of a user. */
	List<Role> rolesOf(long userId) {
		return this.jdbc.sql(SELECT + " where r.id in (select role_id from identity.user_role where user_id = :user)")
			.param("user", userId)
			.query((rs, row) -> map(rs))
			.list();
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from identity.role where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	long insert(String code, String name, @Nullable AdminKind kind) {
		return this.jdbc
			.sql("insert into identity.role (code, name, admin_kind) values (:code, :name, :kind) returning id")
			.param("code", code)
			.param("name", name)
			.param("kind", (kind != null) ? kind.name() : null)
			.query(Long.class)
			.single();
	}

	void update(long id, String name, @Nullable AdminKind kind) {
		this.jdbc.sql("update identity.role set name = :name, admin_kind = :kind where id = :id")
			.param("id", id)
			.param("name", name)
			.param("kind", (kind != null) ? kind.name() : null)
			.update();
	}

	void replacePermissions(long roleId, Collection<String> permissions) {
		this.jdbc.sql("delete from identity.role_permission where role_id = :id").param("id", roleId).update();
		for (String permission : permissions) {
			this.jdbc.sql("insert into identity.role_permission (role_id, permission) values (:id, :permission)")
				.param("id", roleId)
				.param("permission", permission)
				.update();
		}
	}

	private static Role map(ResultSet rs) throws SQLException {
		String kind = rs.getString("admin_kind");
		return new Role(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				(kind != null) ? AdminKind.valueOf(kind) : null, rs.getBoolean("builtin"),
				Arrays.asList((String[]) rs.getArray("permissions").getArray()));
	}

}
