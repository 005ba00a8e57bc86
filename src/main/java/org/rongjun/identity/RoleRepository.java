package org.rongjun.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	boolean codeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from identity.role where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	/** Users who would hold two admin kinds if role {@code roleId} had {@code kind}. */
	long usersConflictingWith(long roleId, AdminKind kind) {
		return this.jdbc.sql("""
				select count(distinct ur.user_id) from identity.user_role ur
				join identity.user_role other on other.user_id = ur.user_id and other.role_id <> ur.role_id
				join identity.role o on o.id = other.role_id
				where ur.role_id = :role and o.admin_kind is not null and o.admin_kind <> :kind
				""").param("role", roleId).param("kind", kind.name()).query(Long.class).single();
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
