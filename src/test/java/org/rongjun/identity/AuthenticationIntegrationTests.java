package org.rongjun.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticationIntegrationTests {

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	AuthenticationIntegrationTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() {
		ApiClient client = new ApiClient(this.port);
		var response = client.postWithoutCsrf("/api/auth/login",
				Map.of("username", "county.staff", "password", ApiClient.INITIAL_PASSWORD));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("CSRF_INVALID");
	}

	@Test
	void loginStartsASessionAndMeTellsRolesPermissionsAndScope() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		assertThat(client.cookie("JSESSIONID")).isNotEmpty();
		var me = client.get("/api/auth/me").expect(200).json();
		assertThat(me.get("username").asString()).isEqualTo("county.staff");
		assertThat(me.get("roles").get(0).get("code").asString()).isEqualTo("COUNTY_STAFF");
		assertThat(me.get("permissions").toString()).contains("organization:station:create");
		assertThat(me.get("scope").get("code").asString()).isEqualTo("330421000000");
		assertThat(me.get("scope").get("name").asString()).isEqualTo("嘉善县");
		assertThat(me.get("mustChangePassword").asBoolean()).isFalse();
	}

	@Test
	void aSeededAccountMustChangeItsPasswordBeforeAnythingElse() {
		ApiClient.loggedIn(this.port, "county.admin")
			.post("/api/identity/users",
					Map.of("username", "first.login", "displayName", "新账号", "password", "Initial2026", "scopeCode",
							"330421103001", "roles", java.util.List.of("VILLAGE_STAFF")))
			.expect(201);
		ApiClient client = new ApiClient(this.port);
		client.login("first.login", "Initial2026").expect(200);
		var refused = client.get("/api/organization/stations");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
		var weak = client.post("/api/auth/password", Map.of("oldPassword", "Initial2026", "newPassword", "12345678"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		client.get("/api/organization/stations").expect(403);
		client.post("/api/auth/password", Map.of("oldPassword", "Initial2026", "newPassword", "Changed2026"))
			.expect(204);
		client.get("/api/organization/stations").expect(200);
	}

	@Test
	void wrongPasswordsLockTheAccountUntilASecurityAdminUnlocksIt() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		admin
			.post("/api/identity/users", Map.of("username", "lockout.victim", "displayName", "锁定测试", "password",
					"Victim2026pw", "scopeCode", "330421105000", "roles", java.util.List.of("TOWNSHIP_STAFF")))
			.expect(201);
		ApiClient attacker = new ApiClient(this.port);
		for (int i = 0; i < 2; i++) {
			var failed = attacker.login("lockout.victim", "wrong-" + i);
			assertThat(failed.status()).isEqualTo(401);
			assertThat(failed.json().get("code").asString()).isEqualTo("AUTH_BAD_CREDENTIALS");
		}
		assertThat(attacker.login("lockout.victim", "wrong-3").json().get("code").asString()).isEqualTo("AUTH_LOCKED");
		var locked = new ApiClient(this.port).login("lockout.victim", "Victim2026pw");
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.json().get("code").asString()).isEqualTo("AUTH_LOCKED");
		assertThat(this.jdbc.sql(
				"select count(*) from identity.audit_log where action = 'ACCOUNT_LOCKED' and username = 'lockout.victim'")
			.query(Long.class)
			.single()).isEqualTo(1);

		ApiClient security = ApiClient.loggedIn(this.port, "county.security");
		long id = this.jdbc.sql("select id from identity.app_user where username = 'lockout.victim'")
			.query(Long.class)
			.single();
		security.post("/api/identity/users/" + id + "/unlock", Map.of()).expect(204);
		new ApiClient(this.port).login("lockout.victim", "Victim2026pw").expect(200);
	}

	@Test
	void unknownAndPausedNamesGetTheSameAnswersAttemptForAttempt() {
		// The finding: after the failures a real account said AUTH_LOCKED, an unknown
		// name not.
		ApiClient probeUnknown = new ApiClient(this.port).withHeader("X-Forwarded-For", "198.51.100.11");
		ApiClient probeReal = new ApiClient(this.port).withHeader("X-Forwarded-For", "198.51.100.12");
		for (int i = 0; i < 5; i++) {
			var unknown = probeUnknown.login("no.such.person", "Guess2026-" + i);
			var real = probeReal.login("xitang.admin", "Guess2026-" + i);
			assertThat(unknown.status()).isEqualTo(real.status()).isEqualTo(401);
			assertThat(unknown.body()).as("attempt " + (i + 1)).isEqualTo(real.body());
		}
		assertThat(probeReal.login("xitang.admin", "Guess2026-9").json().get("code").asString())
			.isEqualTo("AUTH_LOCKED");
	}

	@Test
	void anAttackerElsewhereCannotLockAnAdministratorOut() {
		ApiClient attacker = new ApiClient(this.port).withHeader("X-Forwarded-For", "203.0.113.66");
		for (int i = 0; i < 4; i++) {
			attacker.login("county.security", "Wrong2026-" + i);
		}
		assertThat(attacker.login("county.security", ApiClient.TEST_PASSWORD).json().get("code").asString())
			.isEqualTo("AUTH_LOCKED");
		// The administrator, at their own desk.
		ApiClient.loggedIn(this.port, "county.security").get("/api/auth/me").expect(200);
		assertThat(this.jdbc.sql("""
				select count(*) from identity.audit_log
				where action = 'ACCOUNT_LOCKED' and username = 'county.security' and detail like '%203.0.113.66%'
				""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void guessingFromManyAddressesSlowsANameDownWithoutLockingIt() throws Exception {
		ApiClient.loggedIn(this.port, "county.admin")
			.post("/api/identity/users",
					Map.of("username", "throttle.target", "displayName", "限速测试", "password", "Target2026pw",
							"scopeCode", "330421105000", "roles", java.util.List.of("TOWNSHIP_STAFF")))
			.expect(201);
		// account-max-failures is 6 in the tests, account-delay 2 s: the seventh failure
		// holds the name.
		for (int i = 1; i <= 7; i++) {
			new ApiClient(this.port).withHeader("X-Forwarded-For", "192.0.2." + i)
				.login("throttle.target", "No2026x" + i);
		}
		ApiClient owner = new ApiClient(this.port).withHeader("X-Forwarded-For", "192.0.2.100");
		assertThat(owner.login("throttle.target", "Target2026pw").json().get("code").asString())
			.isEqualTo("AUTH_LOCKED");
		Thread.sleep(2_500);
		owner.login("throttle.target", "Target2026pw").expect(200);
	}

	@Test
	void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		String base = "http://localhost:" + this.port;
		var plain = http.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/auth/csrf")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie").toString()).contains("XSRF-TOKEN").doesNotContain("Secure");

		var csrf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/auth/csrf"))
			.header("X-Forwarded-Proto", "https")
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(csrf.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		String xsrf = csrf.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		assertThat(xsrf).contains("Secure");
		String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
		ApiClient.loggedIn(this.port, "county.staff");
		var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/auth/login"))
			.header("X-Forwarded-Proto", "https")
			.header("Cookie", "XSRF-TOKEN=" + token)
			.header("X-XSRF-TOKEN", token)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"username\":\"county.staff\",\"password\":\"" + ApiClient.TEST_PASSWORD + "\"}"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		String session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElse("");
		assertThat(session).as(login.statusCode() + " " + login.body()).contains("Secure").contains("HttpOnly");
	}

	@Test
	void unknownUsersAndWrongPasswordsGetTheSameAnswer() {
		var unknown = new ApiClient(this.port).login("no.such.user", "whatever1");
		var wrong = new ApiClient(this.port).login("county.auditor", "whatever1");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(wrong.body());
	}

	@Test
	void anAdministratorsChangesReachOpenSessionsAtTheirNextRequest() {
		ApiClient admin = ApiClient.loggedIn(this.port, "county.admin");
		long id = admin
			.post("/api/identity/users",
					Map.of("username", "session.holder", "displayName", "会话测试", "password", "Holder2026pw", "scopeCode",
							"330421112000", "roles", java.util.List.of("TOWNSHIP_STAFF")))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		ApiClient holder = new ApiClient(this.port);
		holder.login("session.holder", "Holder2026pw").expect(200);
		holder.post("/api/auth/password", Map.of("oldPassword", "Holder2026pw", "newPassword", "Holder2026new"))
			.expect(204);
		holder.get("/api/organization/staff").expect(200);

		admin
			.put("/api/identity/users/" + id,
					Map.of("displayName", "会话测试", "scopeCode", "330421112000", "roles",
							java.util.List.of("VILLAGE_STAFF"), "enabled", true))
			.expect(200);
		var me = holder.get("/api/auth/me").expect(200).json();
		assertThat(me.get("roles").get(0).get("code").asString()).isEqualTo("VILLAGE_STAFF");
		holder.post("/api/organization/staff", Map.of("stationId", 1, "name", "无权新增")).expect(403);

		admin
			.put("/api/identity/users/" + id,
					Map.of("displayName", "会话测试", "scopeCode", "330421112000", "roles",
							java.util.List.of("VILLAGE_STAFF"), "enabled", false))
			.expect(200);
		assertThat(holder.get("/api/organization/staff").status()).isEqualTo(401);
		assertThat(new ApiClient(this.port).login("session.holder", "Holder2026new").json().get("code").asString())
			.isEqualTo("AUTH_DISABLED");
	}

	@Test
	void logoutEndsTheSession() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		client.post("/api/auth/logout", Map.of()).expect(204);
		var after = client.get("/api/auth/me");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.json().get("code").asString()).isEqualTo("AUTH_REQUIRED");
	}

	@Test
	void passwordsAreStoredAsArgon2Hashes() {
		ApiClient.loggedIn(this.port, "county.staff");
		String hash = this.jdbc.sql("select password_hash from identity.app_user where username = 'county.staff'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(ApiClient.TEST_PASSWORD);
	}

}
