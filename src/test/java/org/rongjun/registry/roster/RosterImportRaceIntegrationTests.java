package org.rongjun.registry.roster;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.rongjun.jobs.JobContext;
import org.rongjun.jobs.JobOutcome;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.person.VeteranDraft;
import org.rongjun.shared.PartialDate;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.shared.spreadsheet.SpreadsheetWriter;
import org.rongjun.shared.spreadsheet.Spreadsheets;
import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.support.IdNumbers.idNumber;

/**
 * The import writes a batch by probing which ID numbers are registered and copying the
 * rest straight into the registry; these are the cases where the probe is not the whole
 * story.
 */
@IntegrationTest
class RosterImportRaceIntegrationTests {

	static final RegionScope XITANG_SCOPE = RegionScope.of(RegionCode.of(XITANG));

	final VeteranImport imports;

	final VeteranRegistry registry;

	final TransactionTemplate transactions;

	final JdbcClient jdbc;

	RosterImportRaceIntegrationTests(VeteranImport imports, VeteranRegistry registry, TransactionTemplate transactions,
			JdbcClient jdbc) {
		this.imports = imports;
		this.registry = registry;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Test
	void aPersonRegisteredWhileTheBatchIsWrittenCountsAsExistingAndTheRestOfTheBatchIsStored() throws Exception {
		String raced = idNumber();
		String other = idNumber();
		byte[] roster = roster(List.of(List.of("抢先登", raced), List.of("随后到", other)));
		CompletableFuture<JobOutcome> importing = this.transactions.execute((status) -> {
			// Registered in a transaction still open when the import probes and copies:
			// the probe cannot see it, and the COPY waits on its unique blind index.
			this.registry.register(draft("抢先登", raced, XITANG), XITANG_SCOPE, "xitang.staff");
			CompletableFuture<JobOutcome> started = CompletableFuture.supplyAsync(() -> this.imports.run("race.csv",
					Format.CSV, roster, XITANG_SCOPE, "xitang.staff", JobContext.unattended()));
			awaitALockWait();
			return started;
		});
		JobOutcome outcome = importing.get(30, TimeUnit.SECONDS);

		assertThat(outcome.summary()).isEqualTo("共 2 行：新增 1，已存在 1，错误 0");
		assertThat(filesNamed("抢先登")).isEqualTo(1);
		assertThat(filesNamed("随后到")).isEqualTo(1);
	}

	@Test
	void aRowWhoseIdNumberLivesInAnotherTownshipIsAnErrorAndChangesNothingThere() {
		String elsewhere = idNumber();
		this.registry.register(draft("他乡人", elsewhere, DAYUN), RegionScope.of(RegionCode.of(DAYUN)), "dayun.staff");
		byte[] roster = roster(List.of(List.of("他乡人", elsewhere), List.of("本地人", idNumber())));

		JobOutcome outcome = this.imports.run("elsewhere.csv", Format.CSV, roster, XITANG_SCOPE, "xitang.staff",
				JobContext.unattended());

		assertThat(outcome.summary()).isEqualTo("共 2 行：新增 1，已存在 0，错误 1");
		assertThat(new String(outcome.file().content(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("身份证号：该身份证号已在其他地区登记");
		assertThat(this.jdbc.sql("select household_region_code from registry.veteran where name = '他乡人'")
			.query(String.class)
			.list()).containsExactly(DAYUN);
	}

	private void awaitALockWait() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			// pg_stat_activity is read once per transaction unless the snapshot is
			// cleared.
			this.jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).list();
			Long waiting = this.jdbc.sql(
					"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'copy registry.veteran %'")
				.query(Long.class)
				.single();
			if (waiting > 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("the import's COPY never waited on the open registration");
	}

	private long filesNamed(String name) {
		return this.jdbc.sql("select count(*) from registry.veteran where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private static VeteranDraft draft(String name, String idNumber, String region) {
		return VeteranDraft.of(name, idNumber, null, region, PartialDate.day(LocalDate.of(1990, 12, 1)),
				PartialDate.day(LocalDate.of(1994, 12, 1)), "1", "SELF_EMPLOYED");
	}

	private static byte[] roster(List<List<String>> people) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = Spreadsheets.writer(out, Format.CSV,
				List.of("姓名", "身份证号", "户籍区划代码", "入伍时间", "退役时间", "军种", "安置方式"))) {
			for (List<String> person : people) {
				writer.row(List.of(person.get(0), person.get(1), XITANG, "1990-12-01", "1994-12-01", "陆军", "自主就业"));
			}
		}
		return out.toByteArray();
	}

}
