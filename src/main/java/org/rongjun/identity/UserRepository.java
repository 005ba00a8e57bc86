package org.rongjun.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private static final RowMapper<UserRow> ROW = (rs, row) -> new UserRow(rs.getLong("id"), rs.getString("username"),
			rs.getString("display_name"), rs.getString("password_hash"), rs.getString("scope_code"),
			rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("security_version"));

	/** Whether logins of the account are paused from some address (ADR 0021). */
	private static final String LOCKED = """
			exists (select 1 from identity.login_throttle t where t.username = u.username and t.blocked_until > now())
			""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserRow> findByUsername(String username) {
		return this.jdbc.sql("select * from identity.app_user where username = :username")
			.param("username", username)
			.query(ROW)
			.optional();
	}

	Optional<UserRow> findById(long id) {
		return this.jdbc.sql("select * from identity.app_user where id = :id").param("id", id).query(ROW).optional();
	}

	List<String> roleCodes(long userId) {
		return this.jdbc.sql("""
				select r.code from identity.user_role ur join identity.role r on r.id = ur.role_id
				where ur.user_id = :id order by r.code
				""").param("id", userId).query(String.class).list();
	}

	Set<String> permissions(long userId) {
		return new LinkedHashSet<>(this.jdbc.sql("""
				select distinct p.permission from identity.user_role ur
				join identity.role_permission p on p.role_id = ur.role_id
				where ur.user_id = :id order by p.permission
				""").param("id", userId).query(String.class).list());
	}

	void recordSuccess(long id) {
		this.jdbc.sql("update identity.app_user set last_login_at = now() where id = :id").param("id", id).update();
	}

	/** Lifts every pause of the account's logins, from whichever address. */
	void unlock(long id) {
		this.jdbc
			.sql("""
					delete from identity.login_throttle where username = (select username from identity.app_user where id = :id)
					""")
			.param("id", id)
			.update();
	}

	void updatePassword(long id, String hash, boolean mustChange) {
		this.jdbc.sql("""
				update identity.app_user set password_hash = :hash, must_change_password = :must,
				       password_changed_at = now(), security_version = security_version + 1 where id = :id
				""").param("id", id).param("hash", hash).param("must", mustChange).update();
	}

	long insert(String username, String displayName, String hash, String scopeCode, boolean enabled) {
		return this.jdbc
			.sql("""
					insert into identity.app_user (username, display_name, password_hash, scope_code, enabled, must_change_password)
					values (:username, :name, :hash, :scope, :enabled, true) returning id
					""")
			.param("username", username)
			.param("name", displayName)
			.param("hash", hash)
			.param("scope", scopeCode)
			.param("enabled", enabled)
			.query(Long.class)
			.single();
	}

	void update(long id, String displayName, String scopeCode, boolean enabled) {
		this.jdbc.sql("""
				update identity.app_user set display_name = :name, scope_code = :scope, enabled = :enabled,
				       security_version = security_version + 1 where id = :id
				""")
			.param("id", id)
			.param("name", displayName)
			.param("scope", scopeCode)
			.param("enabled", enabled)
			.update();
	}

	void replaceRoles(long userId, List<Long> roleIds) {
		this.jdbc.sql("delete from identity.user_role where user_id = :id").param("id", userId).update();
		this.jdbc.sql("update identity.app_user set security_version = security_version + 1 where id = :id")
			.param("id", userId)
			.update();
		for (Long roleId : roleIds) {
			this.jdbc.sql("insert into identity.user_role (user_id, role_id) values (:user, :role)")
				.param("user", userId)
				.param("role", roleId)
				.update();
		}
	}

	boolean usernameTaken(String username) {
		return this.jdbc.sql("select exists (select 1 from identity.app_user where username = :u)")
			.param("u", username)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The version of an enabled account's grants, or empty when the account is gone or
	 * disabled.
	 */
	Optional<Integer> activeSecurityVersion(long id) {
		return this.jdbc.sql("select security_version from identity.app_user where id = :id and enabled")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	/** Marks every account holding the role, after the role's permissions changed. */
	void bumpHoldersOf(long roleId) {
		this.jdbc.sql("""
				update identity.app_user set security_version = security_version + 1
				where id in (select user_id from identity.user_role where role_id = :role)
				""").param("role", roleId).update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from identity.app_user").query(Long.class).single();
	}

	PageResult<UserAccount> search(RegionScope scope, @Nullable String text, PageQuery page) {
		String where = """
				where u.scope_code between :lo and :hi
				  and (cast(:q as text) is null or u.username like :q or u.display_name like :q)
				""";
		String pattern = (text != null && !text.isBlank())
				? "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" : null;
		List<UserAccount> items = this.jdbc.sql("""
				select u.*, array(select r.code from identity.user_role ur join identity.role r on r.id = ur.role_id
				                  where ur.user_id = u.id order by r.code) as roles,
				""" + LOCKED + """
				       as locked
				from identity.app_user u
				""" + where + " order by u.scope_code, u.username limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("q", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> account(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from identity.app_user u " + where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("q", pattern)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	Optional<UserAccount> account(long id, RegionScope scope) {
		return this.jdbc.sql("""
				select u.*, array(select r.code from identity.user_role ur join identity.role r on r.id = ur.role_id
				                  where ur.user_id = u.id order by r.code) as roles,
				""" + LOCKED + """
				       as locked
				from identity.app_user u
				where u.id = :id and u.scope_code between :lo and :hi
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> account(rs))
			.optional();
	}

	private static UserAccount account(ResultSet rs) throws SQLException {
		Array roles = rs.getArray("roles");
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("scope_code"), "", Arrays.asList((String[]) roles.getArray()), rs.getBoolean("enabled"),
				rs.getBoolean("locked"), rs.getBoolean("must_change_password"), instant(rs, "last_login_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
