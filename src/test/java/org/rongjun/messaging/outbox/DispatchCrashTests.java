package org.rongjun.messaging.outbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rongjun.messaging.MessagingTestServers;
import org.rongjun.messaging.SmscSimulator;
import org.rongjun.messaging.channel.Addresses;
import org.rongjun.platform.TestDatabases;
import org.rongjun.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application, in a JVM of its own on a database of its own, sends 1,500 texts to the
 * SMSC simulator and is killed with SIGKILL three times at random moments while it does;
 * each time it is started again under the same node id. Counting what the simulator
 * received: everyone got their text, and each kill repeated at most the one message that
 * was in flight (ADR 0024). Around the restarts, claims of another live node are left
 * alone and claims whose lease ran out are taken back.
 */
@IntegrationTest
@Timeout(1800)
class DispatchCrashTests {

	private static final int MESSAGES = 1_500;

	private static final int KILLS = 3;

	private static final String PREFIX = "1990";

	final DataSource dataSource;

	final Addresses addresses;

	DispatchCrashTests(DataSource dataSource, Addresses addresses) {
		this.dataSource = dataSource;
		this.addresses = addresses;
	}

	@Test
	void aNodeKilledWhileSendingRepeatsAtMostTheMessageInFlight() throws Exception {
		SmscSimulator smsc = MessagingTestServers.smsc();
		String database = "crash_" + System.nanoTime();
		String url = createDatabase(database);
		Random random = new Random(20261208L);
		Process child = start(url, smsc, 0);
		try {
			awaitSchema(url);
			long campaign = seed(url);
			int kills = 0;
			long next = 150;
			while (kills < KILLS) {
				long target = next;
				await(Duration.ofMinutes(10), () -> received(smsc) >= target);
				child.destroyForcibly();
				assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
				kills++;
				if (kills == 1) {
					claimForOtherNodes(url, campaign);
				}
				child = start(url, smsc, kills);
				next = Math.min(MESSAGES - 100, received(smsc) + 150 + random.nextInt(300));
			}
			await(Duration.ofMinutes(10), () -> pending(url) == 0);
		}
		finally {
			child.destroy();
			child.waitFor(30, TimeUnit.SECONDS);
		}

		Map<String, Long> perPhone = smsc.receivedBy(PREFIX)
			.stream()
			.filter((sms) -> sms.text().startsWith("崩溃测试"))
			.collect(Collectors.groupingBy(SmscSimulator.Received::destination, Collectors.counting()));
		assertThat(perPhone).as("every recipient got the text").hasSize(MESSAGES + 1);
		long repeats = perPhone.values().stream().mapToLong((n) -> n - 1).sum();
		assertThat(repeats).as("at most the message in flight per kill").isLessThanOrEqualTo(KILLS);
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(column(connection, "select claimed_by from messaging.outbox where recipient_key = 'live'"))
				.as("a live node's claim is not released")
				.isEqualTo("node-alive");
			assertThat(column(connection, "select status from messaging.outbox where recipient_key = 'live'"))
				.isEqualTo("SENDING");
			assertThat(column(connection, "select status from messaging.outbox where recipient_key = 'expired'"))
				.as("a claim whose lease ran out is taken back and sent")
				.isEqualTo("SENT");
		}
	}

	/**
	 * A database of the child's own in the tests' PostgreSQL, with the owner and
	 * application roles; answers its JDBC URL as the application's login.
	 */
	private String createDatabase(String name) throws SQLException {
		return TestDatabases.create(this.dataSource, name) + "?user=" + TestDatabases.appUser();
	}

	private static Process start(String url, SmscSimulator smsc, int run) throws Exception {
		Path log = Path.of("target", "dispatch-crash-child-" + run + ".log");
		Files.createDirectories(log.getParent());
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// The application as deployed, without the test classes: Spring Modulith reads
		// every class on the class path at start-up.
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", classPath,
				"org.rongjun.RongjunApplication", "--server.port=0", "--rongjun.demo.enabled=false",
				"--rongjun.node-id=crash-node", "--rongjun.messaging.schedule.enabled=false",
				"--rongjun.messaging.dispatch.interval=PT0.1S", "--rongjun.messaging.dispatch.batch-size=100",
				"--rongjun.messaging.dispatch.lease=PT10M", "--rongjun.messaging.smpp.host=127.0.0.1",
				"--rongjun.messaging.smpp.port=" + smsc.port(), "--rongjun.messaging.smpp.transaction-timer=PT1S",
				"--rongjun.messaging.smpp.reconnect-pause=PT0.1S"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("RONGJUN_DB_URL", url.substring(0, url.indexOf('?')));
		builder.environment().put("RONGJUN_DB_USER", TestDatabases.appUser());
		builder.environment().put("RONGJUN_DB_OWNER_USER", TestDatabases.ownerUser());
		return builder.start();
	}

	private static void awaitSchema(String url) throws Exception {
		await(Duration.ofMinutes(5), () -> {
			try (Connection connection = DriverManager.getConnection(url)) {
				return column(connection,
						"select to_regclass('messaging.outbox') is not null and exists "
								+ "(select 1 from information_schema.columns where table_schema = 'messaging' "
								+ "and table_name = 'outbox' and column_name = 'claimed_by')")
					.equals("t");
			}
		});
	}

	/**
	 * A campaign of 1,500 texts, queued as the outbox writer would (addresses sealed).
	 */
	private long seed(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			long template = id(connection, """
					insert into messaging.message_template (code, name, title, body, scope_code)
					values ('crash', '崩溃测试', '问候', '${name}', '330421000000') returning id""");
			long campaign = id(connection,
					"""
							insert into messaging.message_campaign (name, template_id, title, body, channels, created_by, scope_code,
							                                        status, recipient_count, message_count)
							values ('崩溃测试', %d, '问候', '${name}', '{SMS}', 'test', '330421000000', 'SENDING', %d, %d)
							returning id"""
						.formatted(template, MESSAGES, MESSAGES));
			try (PreparedStatement insert = connection.prepareStatement(
					"""
							insert into messaging.outbox (campaign_id, recipient_key, channel, name, address_cipher, address_index,
							                              rendered_text)
							values (?, ?, 'SMS', ?, ?, ?, ?)""")) {
				for (int i = 0; i < MESSAGES; i++) {
					String phone = PREFIX + "%07d".formatted(i);
					insert.setLong(1, campaign);
					insert.setString(2, "crash-" + i);
					insert.setString(3, "战友" + i);
					insert.setBytes(4, this.addresses.encrypt(phone));
					insert.setBytes(5, this.addresses.index(phone));
					insert.setString(6, "崩溃测试" + i);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			return campaign;
		}
	}

	/**
	 * Two rows claimed by other nodes while this one is down: one whose node is alive
	 * (lease ahead), one whose node died long ago (lease run out).
	 */
	private void claimForOtherNodes(String url, long campaign) throws SQLException {
		try (Connection connection = DriverManager
			.getConnection(url); PreparedStatement insert = connection.prepareStatement("""
					insert into messaging.outbox (campaign_id, recipient_key, channel, name, address_cipher,
					                              address_index, rendered_text, status, claimed_by, claim_expires_at)
					values (?, ?, 'SMS', '战友', ?, ?, '崩溃测试' || ?, 'SENDING', ?, now() + ? * interval '1 minute')
					""")) {
			for (String[] row : new String[][] { { "live", "node-alive", "60", "9999998" },
					{ "expired", "node-dead", "-1", "9999999" } }) {
				String phone = PREFIX + row[3];
				insert.setLong(1, campaign);
				insert.setString(2, row[0]);
				insert.setBytes(3, this.addresses.encrypt(phone));
				insert.setBytes(4, this.addresses.index(phone));
				insert.setString(5, row[0]);
				insert.setString(6, row[1]);
				insert.setInt(7, Integer.parseInt(row[2]));
				insert.executeUpdate();
			}
		}
	}

	private static long received(SmscSimulator smsc) {
		return smsc.receivedBy(PREFIX).stream().filter((sms) -> sms.text().startsWith("崩溃测试")).count();
	}

	private static long pending(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			return Long.parseLong(column(connection, """
					select count(*) from messaging.outbox
					where status = 'PENDING' or (status = 'SENDING' and claimed_by <> 'node-alive')"""));
		}
	}

	private static long id(Connection connection, String sql) throws SQLException {
		return Long.parseLong(column(connection, sql));
	}

	private static String column(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	@FunctionalInterface
	private interface Condition {

		boolean met() throws Exception;

	}

	private static void await(Duration timeout, Condition condition) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.met()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("condition not met within " + timeout);
			}
			Thread.sleep(20);
		}
	}

}
