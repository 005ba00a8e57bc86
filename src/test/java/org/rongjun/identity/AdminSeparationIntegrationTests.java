package org.rongjun.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.PermissionCatalog;
import org.rongjun.shared.PermissionDefinition;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 三员分立 (等保 2.0 安全管理中心: 系统管理员、安全管理员、审计管理员分别授权; ADR 0019). Each invariant is tried through
 * the API and, where the database can know it, as a direct SQL statement of the
 * application's own database role: the triggers refuse it at commit even when the service
 * is bypassed. Who is acting is the service's knowledge only, so the rules about one's
 * own account and other administrator kinds are tried at the API.
 */
@IntegrationTest
class AdminSeparationIntegrationTests {

	static final String COUNTY = "330421000000";

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	final UserRepository users;

	final PasswordEncoder passwords;

	final List<PermissionCatalog> catalogs;

	AdminSeparationIntegrationTests(JdbcClient jdbc, TransactionTemplate transactions, UserRepository users,
			PasswordEncoder passwords, List<PermissionCatalog> catalogs) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.users = users;
		this.passwords = passwords;
		this.catalogs = catalogs;
	}

	@Test
	void anAccountCannotBeSystemAdministratorAndAuditorAtOnce() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		long before = userCount();
		var response = admin.post("/api/identity/users", Map.of("username", "two.hats", "displayName", "兼任", "password",
				"TwoHats2026", "scopeCode", COUNTY, "roles", List.of("SYSTEM_ADMIN", "AUDITOR")));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("code").asString()).isEqualTo("ADMIN_ROLES_SEPARATED");
		assertThat(userCount()).isEqualTo(before);
		assertRefusedAtCommit((sql) -> sql.sql("insert into identity.user_role (user_id, role_id) values (:u, :r)")
			.param("u", userId("county.admin"))
			.param("r", roleId("AUDITOR"))
			.update());
	}

	@Test
	void anAdministratorHoldsNoBusinessPermission() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		var mixed = admin.post("/api/identity/users", Map.of("username", "admin.and.staff", "displayName", "混合",
				"password", "Mixed2026pw", "scopeCode", COUNTY, "roles", List.of("SYSTEM_ADMIN", "COUNTY_STAFF")));
		assertThat(mixed.status()).isEqualTo(409);
		assertThat(mixed.json().get("code").asString()).isEqualTo("ADMIN_ROLES_SEPARATED");
		assertThat(mixed.json().get("detail").asString()).contains("系统管理员账号不能同时持有业务");

		// The finding: the system administrator adding COUNTY_STAFF to its own account.
		long self = userId("county.admin");
		var own = admin.put("/api/identity/users/" + self, Map.of("displayName", "嘉善县系统管理员", "scopeCode", COUNTY,
				"roles", List.of("SYSTEM_ADMIN", "COUNTY_STAFF"), "enabled", true));
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("code").asString()).isEqualTo("SELF_CHANGE_REFUSED");
		assertThat(this.users.roleCodes(self)).containsExactly("SYSTEM_ADMIN");

		assertRefusedAtCommit((sql) -> sql.sql("insert into identity.user_role (user_id, role_id) values (:u, :r)")
			.param("u", self)
			.param("r", roleId("COUNTY_STAFF"))
			.update());
		assertThat(this.users.permissions(self)).doesNotContain("registry:veteran:reveal", "registry:veteran:export");
	}

	@Test
	void aBusinessRoleHeldByAnAdministratorCannotGainBusinessPermissions() {
		long admin = account("duty.sysadmin", "SYSTEM_ADMIN");
		long reader = customRole("READER_ONLY", null, "publicity:article:read");
		// Reading the policy feed is everybody's: an administrator may hold such a role.
		this.transactions.executeWithoutResult(
				(status) -> this.jdbc.sql("insert into identity.user_role (user_id, role_id) values (:u, :r)")
					.param("u", admin)
					.param("r", reader)
					.update());
		assertRefusedAtCommit(
				(sql) -> sql.sql("insert into identity.role_permission values (:r, 'registry:veteran:reveal')")
					.param("r", reader)
					.update());

		ApiClient security = ApiClient.loggedIn(this.port, "county.security");
		var widened = security.put("/api/identity/roles/" + reader, Map.of("code", "READER_ONLY", "name", "只读",
				"permissions", List.of("publicity:article:read", "registry:veteran:reveal")));
		assertThat(widened.status()).isEqualTo(409);
		assertThat(widened.json().get("code").asString()).isEqualTo("ADMIN_ROLES_SEPARATED");
	}

	@Test
	void identityPermissionsExistOnlyInRolesOfTheMatchingAdministratorKind() {
		ApiClient security = ApiClient.loggedIn(this.port, "county.security");
		assertMisplaced(security.post("/api/identity/roles",
				Map.of("code", "ACCOUNT_CLERK", "name", "账号文员", "permissions", List.of("identity:user:create"))));
		assertMisplaced(security.post("/api/identity/roles", Map.of("code", "AUDIT_ROLE_EDITOR", "name", "审计兼改角色",
				"adminKind", "AUDIT", "permissions", List.of("identity:audit:list", "identity:role:update"))));
		// The finding: a security role that can also reveal full ID numbers.
		assertMisplaced(security.post("/api/identity/roles", Map.of("code", "SECURITY_REVEALER", "name", "安全兼查看号码",
				"adminKind", "SECURITY", "permissions", List.of("identity:role:update", "registry:veteran:reveal"))));
		security
			.post("/api/identity/roles", Map.of("code", "UNLOCK_DESK", "name", "解锁值班", "adminKind", "SECURITY",
					"permissions", List.of("identity:user:list", "identity:user:unlock")))
			.expect(201);

		long business = customRole("SQL_BUSINESS", null, "registry:veteran:list");
		assertRefusedAtCommit(
				(sql) -> sql.sql("insert into identity.role_permission values (:r, 'identity:role:update')")
					.param("r", business)
					.update());
		long audit = customRole("SQL_AUDIT", "AUDIT", "identity:audit:list");
		assertRefusedAtCommit(
				(sql) -> sql.sql("insert into identity.role_permission values (:r, 'identity:user:create')")
					.param("r", audit)
					.update());
		assertRefusedAtCommit((sql) -> sql.sql("update identity.role set admin_kind = 'SYSTEM' where id = :r")
			.param("r", business)
			.update());
		assertThatThrownBy(() -> this.jdbc
			.sql("update identity.permission set holders = '{SYSTEM,BUSINESS}' where code = 'registry:veteran:reveal'")
			.update()).rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void builtInRolesAreReadOnlyAndACopyCanBeCustomised() {
		ApiClient security = ApiClient.loggedIn(this.port, "county.security");
		long countyStaff = roleId("COUNTY_STAFF");
		// The finding: COUNTY_STAFF rewritten to nothing but creating users.
		var rewritten = security.put("/api/identity/roles/" + countyStaff,
				Map.of("code", "COUNTY_STAFF", "name", "县级业务人员", "permissions", List.of("registry:veteran:list")));
		assertThat(rewritten.status()).isEqualTo(409);
		assertThat(rewritten.json().get("code").asString()).isEqualTo("BUILTIN_ROLE_READ_ONLY");
		assertThat(this.jdbc.sql("select count(*) from identity.role_permission where role_id = :r")
			.param("r", countyStaff)
			.query(Long.class)
			.single()).isGreaterThan(50);

		List<String> permissions = this.jdbc
			.sql("select permission from identity.role_permission where role_id = :r order by permission")
			.param("r", countyStaff)
			.query(String.class)
			.list();
		long copy = security
			.post("/api/identity/roles",
					Map.of("code", "COUNTY_STAFF_NO_REVEAL", "name", "县级业务人员（不含查看号码）", "permissions", permissions))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		security
			.put("/api/identity/roles/" + copy,
					Map.of("code", "COUNTY_STAFF_NO_REVEAL", "name", "县级业务人员（不含查看号码）", "permissions",
							permissions.stream().filter((p) -> !p.equals("registry:veteran:reveal")).toList()))
			.expect(200);

		assertRefusedNow((
				sql) -> sql.sql("update identity.role set name = '改名' where id = :r").param("r", countyStaff).update());
		assertRefusedNow((sql) -> sql.sql("delete from identity.role_permission where role_id = :r")
			.param("r", countyStaff)
			.update());
		assertRefusedNow((sql) -> sql
			.sql("insert into identity.role_permission values (:r, 'benefits:kpi:list') on conflict do nothing")
			.param("r", roleId("VILLAGE_STAFF"))
			.update());
		assertRefusedNow(
				(sql) -> sql.sql("update identity.role set builtin = true where id = :r").param("r", copy).update());
		assertRefusedNow((sql) -> sql
			.sql("insert into identity.role (code, name, builtin) values ('FAKE_BUILTIN', '冒充内置', true)")
			.update());
	}

	@Test
	void nobodyChangesTheirOwnRolesScopeOrEnabledFlag() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		long self = userId("county.admin");
		for (Map<String, Object> change : List.<Map<String, Object>>of(
				Map.of("displayName", "嘉善县系统管理员", "scopeCode", "330421103000", "roles", List.of("SYSTEM_ADMIN"),
						"enabled", true),
				Map.of("displayName", "嘉善县系统管理员", "scopeCode", COUNTY, "roles", List.of("SYSTEM_ADMIN"), "enabled",
						false),
				Map.of("displayName", "嘉善县系统管理员", "scopeCode", COUNTY, "roles", List.of(), "enabled", true))) {
			var refused = admin.put("/api/identity/users/" + self, change);
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.json().get("code").asString()).isEqualTo("SELF_CHANGE_REFUSED");
		}
		admin
			.put("/api/identity/users/" + self, Map.of("displayName", "嘉善县系统管理员", "scopeCode", COUNTY, "roles",
					List.of("SYSTEM_ADMIN"), "enabled", true))
			.expect(200);
		var ownReset = admin.post("/api/identity/users/" + self + "/password-reset",
				Map.of("newPassword", "OwnReset2026x"));
		assertThat(ownReset.json().get("code").asString()).isEqualTo("SELF_CHANGE_REFUSED");
	}

	@Test
	void aSecurityAdministratorCannotEditARoleItHolds() {
		long role = customRole("SECURITY_DESK", "SECURITY", "identity:user:list", "identity:user:unlock");
		long desk = account("duty.secdesk", "SECURITY_ADMIN");
		this.transactions.executeWithoutResult(
				(status) -> this.jdbc.sql("insert into identity.user_role (user_id, role_id) values (:u, :r)")
					.param("u", desk)
					.param("r", role)
					.update());
		ApiClient client = new ApiClient(this.port);
		client.login("duty.secdesk", "Duty2026pass").expect(200);
		client.post("/api/auth/password", Map.of("oldPassword", "Duty2026pass", "newPassword", "Duty2026pass2"))
			.expect(204);
		var refused = client.put("/api/identity/roles/" + role, Map.of("code", "SECURITY_DESK", "name", "安全值班",
				"adminKind", "SECURITY", "permissions",
				List.of("identity:user:list", "identity:user:unlock", "identity:role:create", "identity:role:update")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("code").asString()).isEqualTo("SELF_CHANGE_REFUSED");
	}

	@Test
	void theSystemAdministratorCannotTakeOverAnotherAdministratorKind() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		// The finding: resetting the auditor's password and logging in as the auditor.
		long auditor = account("duty.auditor", "AUDITOR");
		var reset = admin.post("/api/identity/users/" + auditor + "/password-reset",
				Map.of("newPassword", "Takeover2026x"));
		assertThat(reset.status()).isEqualTo(403);
		assertThat(reset.json().get("code").asString()).isEqualTo("OTHER_ADMIN_KIND");
		new ApiClient(this.port).login("duty.auditor", "Takeover2026x").expect(401);
		// Nor by making a fresh auditor account with a password it knows, or disabling
		// one.
		var created = admin.post("/api/identity/users", Map.of("username", "own.auditor", "displayName", "自建审计员",
				"password", "OwnAudit2026", "scopeCode", COUNTY, "roles", List.of("AUDITOR")));
		assertThat(created.json().get("code").asString()).isEqualTo("OTHER_ADMIN_KIND");
		var disabled = admin.put("/api/identity/users/" + auditor,
				Map.of("displayName", "审计员", "scopeCode", COUNTY, "roles", List.of("AUDITOR"), "enabled", false));
		assertThat(disabled.json().get("code").asString()).isEqualTo("OTHER_ADMIN_KIND");
		// Business accounts and its own kind remain its work.
		long clerk = account("duty.clerk", "VILLAGE_STAFF");
		admin.post("/api/identity/users/" + clerk + "/password-reset", Map.of("newPassword", "Clerk2026reset"))
			.expect(204);
	}

	@Test
	void anAdministratorCannotGrantAScopeWiderThanTheirOwn() {
		ApiClient townshipAdmin = ApiClient.loggedIn(this.port, "xitang.admin");
		var response = townshipAdmin.post("/api/identity/users", Map.of("username", "too.wide", "displayName", "越权",
				"password", "TooWide2026", "scopeCode", COUNTY, "roles", List.of("TOWNSHIP_STAFF")));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("OUT_OF_SCOPE");
	}

	@Test
	void everyPermissionOfTheModulesIsClassifiedAndNothingElse() {
		Set<String> declared = new TreeSet<>();
		this.catalogs.forEach(
				(catalog) -> catalog.permissions().stream().map(PermissionDefinition::code).forEach(declared::add));
		Set<String> classified = new TreeSet<>(
				this.jdbc.sql("select code from identity.permission").query(String.class).list());
		assertThat(classified).as("identity.permission rows (add one in an identity migration)").isEqualTo(declared);
	}

	private void assertMisplaced(ApiClient.Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("permissions");
	}

	/** The statement passes, the deferred trigger refuses the transaction at commit. */
	private void assertRefusedAtCommit(Consumer<JdbcClient> statement) {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> statement.accept(this.jdbc)))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("三员分立");
	}

	private void assertRefusedNow(Consumer<JdbcClient> statement) {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> statement.accept(this.jdbc)))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("read-only");
	}

	/** An account made the way the server console makes one, with a known password. */
	private long account(String username, String role) {
		return this.transactions.execute((status) -> {
			long id = this.users.insert(username, username, this.passwords.encode("Duty2026pass"), COUNTY, true);
			this.users.replaceRoles(id, List.of(roleId(role)));
			return id;
		});
	}

	private long customRole(String code, String kind, String... permissions) {
		return this.transactions.execute((status) -> {
			long id = this.jdbc
				.sql("insert into identity.role (code, name, admin_kind) values (:c, :c, :k) returning id")
				.param("c", code)
				.param("k", kind)
				.query(Long.class)
				.single();
			for (String permission : permissions) {
				this.jdbc.sql("insert into identity.role_permission values (:r, :p)")
					.param("r", id)
					.param("p", permission)
					.update();
			}
			return id;
		});
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from identity.app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long roleId(String code) {
		return this.jdbc.sql("select id from identity.role where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long userCount() {
		return this.jdbc.sql("select count(*) from identity.app_user").query(Long.class).single();
	}

}
