package org.rongjun.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.RongjunApplication;
import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.payment.PaymentRun;
import org.rongjun.benefits.payment.PaymentRuns;
import org.rongjun.benefits.payment.PrepareRequest;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application as the load test meets it (docs/benchmarks.md): the demo county with
 * 50,000 veterans instead of 3,000 (seeded through the roster import, with pinyin name
 * keys), every living veteran of it receiving a 生活补助 (categories 41/42/51/81), and a
 * twelve-month payment run of those people (about 600,000 lines, as in the audit of issue
 * 14). Seeding happens once, on the first start with a fresh folder; later starts reuse
 * the data. Not a test:
 *
 * <pre>
 * ./mvnw -Pload test-compile exec:java -Dexec.mainClass=org.rongjun.load.LoadTestApplication -Dexec.classpathScope=test
 * </pre>
 *
 * Extra arguments go to the application (e.g. {@code --server.port=18080},
 * {@code --spring.datasource.hikari.maximum-pool-size=10}). The URL is written to
 * {@code target/load-app.url}, where the simulation finds it.
 */
public final class LoadTestApplication {

	private static final Logger log = LoggerFactory.getLogger(LoadTestApplication.class);

	static final String COUNTY = "330421000000";

	static final int VETERANS = 50_000;

	private LoadTestApplication() {
	}

	public static void main(String[] args) throws Exception {
		String[] defaults = { "--server.port=0", "--rongjun.db.embedded.data-dir=target/load-pg",
				"--rongjun.demo.veterans=" + VETERANS,
				// no SMSC here: the greetings tick would queue birthday messages for
				// 50,000 people and retry sending them throughout the test
				"--rongjun.messaging.schedule.enabled=false", "--rongjun.messaging.dispatch.enabled=false" };
		String[] all = new String[defaults.length + args.length];
		System.arraycopy(defaults, 0, all, 0, defaults.length);
		// later arguments win
		System.arraycopy(args, 0, all, defaults.length, args.length);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(RongjunApplication.class, LoadData.class)
			.run(all);
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String url = "http://localhost:" + port;
		Files.writeString(Path.of("target", "load-app.url"), url, StandardCharsets.UTF_8);
		log.warn("LOAD application ready at {} (written to target/load-app.url)", url);
	}

	/** Seeds the load data after the demo seeders (orders 10–60). */
	static class LoadData {

		@Bean
		@Order(1000)
		ApplicationRunner loadData(JdbcClient jdbc, PaymentRuns runs) {
			return (arguments) -> {
				long lines = jdbc.sql("""
						select coalesce(max(line_count), 0) from benefits.payment_run
						where region_code = :county and benefit_type = 'LIVING_SUBSIDY' and status <> 'CANCELLED'
						""").param("county", COUNTY).query(Long.class).single();
				if (lines > 0) {
					log.warn("LOAD data present: payment run of {} lines", lines);
					return;
				}
				long started = System.nanoTime();
				int beneficiaries = jdbc.sql("""
						insert into registry.beneficiary (veteran_id, category, status)
						select v.id, (array['41', '42', '51', '81'])[1 + v.id % 4], 'RECEIVING'
						from registry.veteran v
						where v.household_region_code between '330421000000' and '330421999999'
						  and v.death_date is null
						  and not exists (select 1 from registry.beneficiary b where b.veteran_id = v.id)
						""").update();
				jdbc.sql(
						"""
								insert into registry.beneficiary_status_change (beneficiary_id, from_status, to_status, changed_by, reason)
								select b.id, null, 'RECEIVING', 'load', '负载测试数据'
								from registry.beneficiary b
								where not exists (select 1 from registry.beneficiary_status_change c where c.beneficiary_id = b.id)
								""")
					.update();
				// one demo account number for everybody: enough for lines and bank files
				jdbc.sql(
						"""
								update registry.veteran v set bank_name = d.bank_name, bank_account_cipher = d.bank_account_cipher,
								       bank_account_mask = d.bank_account_mask
								from (select bank_name, bank_account_cipher, bank_account_mask from registry.veteran
								      where bank_account_cipher is not null order by id limit 1) d
								where v.bank_account_cipher is null
								  and v.household_region_code between '330421000000' and '330421999999'
								""")
					.update();
				jdbc.sql("analyze").update();
				PaymentRun run = runs.prepareNow(
						new PrepareRequest(BenefitType.LIVING_SUBSIDY, COUNTY, YearMonth.of(2027, 1), 12),
						"load.fixture");
				log.warn("LOAD data seeded in {} s: {} beneficiaries, payment run #{} with {} lines",
						(System.nanoTime() - started) / 1_000_000_000, beneficiaries, run.id(), run.lineCount());
			};
		}

	}

}
