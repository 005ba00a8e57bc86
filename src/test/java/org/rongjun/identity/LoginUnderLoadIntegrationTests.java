package org.rongjun.identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 7: under load, logins held a pooled connection and their account's row
 * lock through the password hash and the wait for the audit chain, and the pool ran dry.
 * A login now holds nothing while it waits.
 */
@IntegrationTest
class LoginUnderLoadIntegrationTests {

	@LocalServerPort
	int port;

	final DataSource dataSource;

	final JdbcClient jdbc;

	LoginUnderLoadIntegrationTests(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Test
	void aLoginWaitingForTheAuditChainHoldsNoLockOnTheAccount() throws Exception {
		ApiClient.loggedIn(this.port, "xijie.staff");
		CompletableFuture<ApiClient.Response> login;
		try (Connection chainHolder = this.dataSource.getConnection()) {
			chainHolder.setAutoCommit(false);
			try (Statement statement = chainHolder.createStatement()) {
				statement.execute("select pg_advisory_xact_lock(" + AuditRepository.CHAIN_LOCK + ")");
			}
			login = CompletableFuture
				.supplyAsync(() -> new ApiClient(this.port).login("xijie.staff", ApiClient.TEST_PASSWORD));
			awaitAWaitForTheChain();

			try (Connection probe = this.dataSource.getConnection(); Statement statement = probe.createStatement()) {
				probe.setAutoCommit(false);
				statement.execute("set local lock_timeout = '2s'");
				try (ResultSet row = statement
					.executeQuery("select id from identity.app_user where username = 'xijie.staff' for update")) {
					assertThat(row.next()).as("the account row is not locked by the waiting login").isTrue();
				}
				probe.rollback();
			}
			chainHolder.rollback();
		}
		assertThat(login.join().status()).isEqualTo(200);
	}

	private void awaitAWaitForTheChain() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (this.jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
			.query(Long.class)
			.single() == 0) {
			assertThat(Instant.now()).as("the login reaches the audit chain").isBefore(deadline);
			Thread.sleep(20);
		}
	}

}
