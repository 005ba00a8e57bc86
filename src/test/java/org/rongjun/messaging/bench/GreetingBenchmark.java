package org.rongjun.messaging.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.RongjunApplication;
import org.rongjun.messaging.SmscSimulator;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.rongjun.messaging.campaign.CampaignDraft;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.outbox.EnqueueResult;
import org.rongjun.messaging.outbox.MessageDispatcher;
import org.rongjun.messaging.outbox.Recipient;
import org.rongjun.messaging.template.MessageTemplate;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateDraft;

/**
 * Army Day greetings to a million people (issue 5 item 9), not a unit test:
 * <ol>
 * <li>enqueue time of {@link MessageCampaigns#enqueue} against a raw COPY of the same
 * rendered rows into a table with the outbox's keys and indexes (median of 3 each, both
 * tables emptied before each run), printed as {@code RATIO greeting-enqueue <x>};</li>
 * <li>dispatch throughput of the SMS channel to the local jSMPP SMSC simulator over
 * loopback, printed as {@code THROUGHPUT greeting-dispatch <msg/s>}.</li>
 * </ol>
 * Run: {@code ./mvnw -q -Dskip.web=true test-compile exec:java
 * -Dexec.mainClass=org.rongjun.messaging.bench.GreetingBenchmark -Dexec.classpathScope=test}
 * (arguments: recipients, messages to dispatch; default 1000000 and 100000).
 */
public final class GreetingBenchmark {

	private static final String BODY = "${name}同志：值此八一建军节之际，嘉善县退役军人事务局向您致以节日的问候！慰问金${amount}元已发放，请注意查收。";

	private GreetingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int recipients = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int toDispatch = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		try (SmscSimulator smsc = new SmscSimulator()) {
			smsc.recording(false);
			// Command-line arguments, because application.yml would override default
			// properties.
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RongjunApplication.class).run(
					"--server.port=0", "--rongjun.db.embedded.data-dir=target/bench-pg",
					"--rongjun.db.embedded.clean=true", "--rongjun.demo.enabled=false",
					"--rongjun.messaging.dispatch.enabled=false", "--rongjun.messaging.rate.sms=1000000",
					"--rongjun.messaging.smpp.host=127.0.0.1", "--rongjun.messaging.smpp.port=" + smsc.port(),
					"--logging.level.root=WARN")) {
				run(app, smsc, recipients, toDispatch);
			}
		}
		System.exit(0);
	}

	private static void run(ConfigurableApplicationContext app, SmscSimulator smsc, int recipients, int toDispatch)
			throws Exception {
		MessageTemplates templates = app.getBean(MessageTemplates.class);
		MessageCampaigns campaigns = app.getBean(MessageCampaigns.class);
		MessageDispatcher dispatcher = app.getBean(MessageDispatcher.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		DataSource dataSource = app.getBean(DataSource.class);
		// Tables, TRUNCATE, ANALYZE and CHECKPOINT are beyond the application's role.
		DatabaseSuperuser superuser = DatabaseSuperuser.of(dataSource);
		RegionScope county = RegionScope.of(RegionCode.of("330421"));
		MessageTemplate template = templates.create(new TemplateDraft("army-day", "八一问候", "${festival}问候", BODY),
				county);
		superuser.jdbc().sql("create table messaging.bench_floor (like messaging.outbox including all)").update();

		List<Long> enqueueMillis = new ArrayList<>();
		List<Long> floorMillis = new ArrayList<>();
		long campaign = 0;
		for (int run = 1; run <= 3; run++) {
			campaign = campaigns
				.create(new CampaignDraft("八一问候 " + run, template.id(), List.of(Channel.SMS),
						Map.of("festival", "八一建军节")), "bench", county)
				.id();
			byte[] rows = floorRows(campaign, recipients, app.getBean(Addresses.class));

			superuser.jdbc().sql("truncate messaging.bench_floor").update();
			superuser.jdbc().sql("checkpoint").update();
			long start = System.nanoTime();
			try (Connection connection = superuser.dataSource().getConnection()) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy messaging.bench_floor (campaign_id, recipient_key, channel, name, address_cipher, "
							+ "address_index, rendered_text, status) from stdin", new ByteArrayInputStream(rows),
							1 << 16);
			}
			floorMillis.add((System.nanoTime() - start) / 1_000_000);
			rows = null;

			superuser.jdbc().sql("truncate messaging.outbox").update();
			superuser.jdbc().sql("checkpoint").update();
			start = System.nanoTime();
			EnqueueResult result = campaigns.enqueue(campaign, people(recipients));
			enqueueMillis.add((System.nanoTime() - start) / 1_000_000);
			if (result.added() != recipients) {
				throw new IllegalStateException("expected " + recipients + " messages, got " + result);
			}
			System.out.printf("run %d: floor COPY %d ms, enqueue %d ms%n", run, floorMillis.get(run - 1),
					enqueueMillis.get(run - 1));
		}
		long floor = median(floorMillis);
		long enqueue = median(enqueueMillis);
		System.out.printf("greeting-enqueue: %,d recipients, enqueue median %d ms %s, raw COPY median %d ms %s%n",
				recipients, enqueue, enqueueMillis, floor, floorMillis);
		System.out.printf("RATIO greeting-enqueue %.2f%n", (double) enqueue / floor);

		superuser.jdbc().sql("analyze messaging.outbox").update();
		dispatcher.dispatchOnce();
		long startSubmits = smsc.submits();
		long start = System.nanoTime();
		long sent = 0;
		while (sent < toDispatch) {
			int handled = dispatcher.dispatchOnce();
			if (handled == 0) {
				break;
			}
			sent = smsc.submits() - startSubmits;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long marked = jdbc.sql("select count(*) from messaging.outbox where campaign_id = :id and status = 'SENT'")
			.param("id", campaign)
			.query(Long.class)
			.single();
		System.out.printf("greeting-dispatch: %,d submit_sm in %.1f s to the local SMSC simulator, %,d marked SENT%n",
				sent, seconds, marked);
		System.out.printf("THROUGHPUT greeting-dispatch %.0f msg/s%n", sent / seconds);
	}

	private static Stream<Recipient> people(int count) {
		return LongStream.range(0, count)
			.mapToObj((i) -> new Recipient(String.valueOf(100_000_000L + i), "战友" + i,
					String.valueOf(13_000_000_000L + i), null, null, null,
					Map.of("amount", String.valueOf(500 + i % 7 * 100))));
	}

	/**
	 * The rows enqueue writes, rendered and sealed up front: the floor times only the
	 * COPY.
	 */
	private static byte[] floorRows(long campaign, int count, Addresses addresses) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(count * 200);
		StringBuilder line = new StringBuilder(256);
		people(count).forEach((person) -> {
			line.setLength(0);
			line.append(campaign)
				.append('\t')
				.append(person.key())
				.append("\tSMS\t")
				.append(person.name())
				.append('\t')
				.append(hex(addresses.encrypt(person.phone())))
				.append('\t')
				.append(hex(addresses.index(person.phone())))
				.append('\t')
				.append(BODY.replace("${name}", person.name()).replace("${amount}", person.variables().get("amount")))
				.append("\tPENDING\n");
			byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
			out.write(bytes, 0, bytes.length);
		});
		return out.toByteArray();
	}

	private static String hex(byte[] value) {
		return "\\\\x" + java.util.HexFormat.of().formatHex(value);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
