package org.rongjun.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coverage board and the overdue list at national scale (issue 15 item 7: 10M
 * veterans, ≤ 100 ms p95, from maintained counts). {@code contact.follow} is filled in
 * SQL, a million people per statement, with its triggers keeping the counts as they would
 * in production: three made-up provinces of 10 cities × 10 counties × 10 townships × 30
 * villages. Then, warm, the services the pages call are timed per region level, and
 * beside them the floor the counts replace: the same board by {@code GROUP BY} over the
 * people (RATIO lines). Run with
 * {@code ./mvnw -Pbench test -Dtest=ContactCoverageBenchmarks [-Dbench.veterans=10000000]}.
 */
@Tag("benchmark")
@IntegrationTest
class ContactCoverageBenchmarks {

	private static final Logger log = LoggerFactory.getLogger(ContactCoverageBenchmarks.class);

	private static final String[] PROVINCES = { "41", "42", "43" };

	private static final int CHUNK = 1_000_000;

	final JdbcClient jdbc;

	final CoverageBoard board;

	final ContactPeople people;

	@Value("${bench.veterans:10000000}")
	long total;

	ContactCoverageBenchmarks(JdbcClient jdbc, CoverageBoard board, ContactPeople people) {
		this.jdbc = jdbc;
		this.board = board;
		this.people = people;
	}

	@Test
	void coverageAndOverdueBoardsAtTenMillion() {
		long loadStarted = System.nanoTime();
		long firstChunkNanos = 0;
		for (long from = 0; from < this.total; from += CHUNK) {
			long t = System.nanoTime();
			load(from, Math.min(this.total, from + CHUNK));
			if (from == 0) {
				firstChunkNanos = System.nanoTime() - t;
			}
		}
		this.jdbc.sql("analyze contact.follow").update();
		this.jdbc.sql("analyze contact.coverage_count").update();
		this.jdbc.sql("analyze contact.liaison_count").update();
		double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
		long countRows = this.jdbc.sql("select count(*) from contact.coverage_count").query(Long.class).single();
		log.warn("BENCH contact-load {} people in {} s ({} count rows)", this.total, String.format("%.0f", loadSeconds),
				countRows);
		double floorSeconds = loadFloor(Math.min(CHUNK, this.total));
		log.warn(
				"RATIO contact-load {} (the first million with the count triggers {} s against the same rows into "
						+ "a copy of the table without them {} s)",
				String.format("%.2f", firstChunkNanos / 1e9 / floorSeconds),
				String.format("%.2f", firstChunkNanos / 1e9), String.format("%.2f", floorSeconds));

		SplittableRandom random = new SplittableRandom(7);
		for (String level : List.of("province", "city", "county", "township", "village")) {
			List<String> regions = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				regions.add(region(level, random));
			}
			// warm-up: compiled code, cached plans and pages, as a running server has
			for (String code : regions.subList(0, 10)) {
				board(code);
				overdue(code);
				groupBy(code);
			}
			List<Long> boards = time(regions, this::board);
			List<Long> lists = time(regions, this::overdue);
			List<Long> floors = time(regions, this::groupBy);
			log.warn("BENCH contact-coverage-board {} n={} p50 {} ms p95 {} ms p99 {} ms", level, boards.size(),
					ms(percentile(boards, 50)), ms(percentile(boards, 95)), ms(percentile(boards, 99)));
			log.warn("BENCH contact-overdue-list {} n={} p50 {} ms p95 {} ms (first page and total)", level,
					lists.size(), ms(percentile(lists, 50)), ms(percentile(lists, 95)));
			log.warn("RATIO contact-coverage-board-{} {} (p95 {} ms against GROUP BY over the people p95 {} ms)", level,
					String.format("%.3f", (double) percentile(boards, 95) / percentile(floors, 95)),
					ms(percentile(boards, 95)), ms(percentile(floors, 95)));
		}
	}

	private void board(String code) {
		Coverage coverage = this.board.coverage(code, null, scope(code));
		if (coverage.total().people() == 0) {
			throw new AssertionError("empty board for " + code);
		}
	}

	private void overdue(String code) {
		this.people.search(PeopleFilter.OVERDUE, code, null, null, scope(code), new PageQuery(0, 20));
	}

	/**
	 * What the counts replace: the board's figures counted over the people per request.
	 */
	private void groupBy(String code) {
		RegionScope region = scope(code);
		int length = switch (RegionCode.of(code).level()) {
			case PROVINCE -> 4;
			case CITY -> 6;
			case COUNTY -> 9;
			default -> 12;
		};
		LocalDate today = Today.TODAY;
		this.jdbc.sql("""
				select left(region_code, :len), count(*),
				       count(*) filter (where last_contact_on is not null and due_on >= :today),
				       count(*) filter (where due_on < :today),
				       count(*) filter (where due_on between :today and :soon),
				       count(*) filter (where last_contact_on is null),
				       count(*) filter (where liaison_id is null),
				       count(*) filter (where unreachable)
				from contact.follow where region_code between :lo and :hi
				group by 1
				""")
			.param("len", length)
			.param("today", today)
			.param("soon", today.plusDays(7))
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.query()
			.listOfRows();
	}

	private static RegionScope scope(String code) {
		return RegionScope.of(RegionCode.of(code));
	}

	/**
	 * People {@code from} (inclusive) to {@code to} of the made-up provinces: one in
	 * seven never contacted, the others last reached within the last 150 days on a
	 * monthly or quarterly cadence; 3 % without a liaison, 2 % unreachable.
	 */
	private void load(long from, long to) {
		this.jdbc.sql("""
				insert into contact.follow (veteran_id, person_name, region_code, household, contact_group,
				                            interval_months, liaison_id, liaison_name, followed_since, last_contact_on,
				                            last_channel, last_mood, due_on, unreachable)
				select 100000000 + g, '测试' || g, r.code, false, case when g % 5 = 0 then 'HARDSHIP' else 'GENERAL' end,
				       m.months, case when g % 33 = 0 then null else 900000 + (g % 300000) / 30 end,
				       case when g % 33 = 0 then null else '联络员' end,
				       cast(:today as date) - 400, c.last, case when c.last is null then null else 'PHONE' end,
				       case when c.last is null then null else 'STABLE' end,
				       cast(coalesce(c.last, cast(:today as date) - 400) + make_interval(months => m.months) as date),
				       g % 50 = 0
				from generate_series(cast(:from as bigint), cast(:to as bigint) - 1) as g
				cross join lateral (select case when g % 5 = 0 then 1 else 3 end as months) m
				cross join lateral (select case when g % 7 = 0 then null
				                                else cast(:today as date) - cast((g * 7919) % 150 as int) end as last) c
				cross join lateral (
				    select (array['41', '42', '43'])[1 + (g % 3)]
				           || lpad(cast(1 + (g / 3) % 10 as text), 2, '0')
				           || lpad(cast(1 + (g / 30) % 10 as text), 2, '0')
				           || lpad(cast(1 + (g / 300) % 10 as text), 3, '0')
				           || lpad(cast(1 + (g / 3000) % 30 as text), 3, '0') as code) r
				""").param("from", from).param("to", to).param("today", Today.TODAY).update();
	}

	/**
	 * The same first million people into a copy of the table without the count triggers.
	 */
	private double loadFloor(long rows) {
		this.jdbc.sql("create table contact.bench_follow (like contact.follow including all)").update();
		try {
			long t = System.nanoTime();
			this.jdbc.sql("insert into contact.bench_follow select * from contact.follow where veteran_id < :to")
				.param("to", 100000000L + rows)
				.update();
			return (System.nanoTime() - t) / 1e9;
		}
		finally {
			this.jdbc.sql("drop table contact.bench_follow").update();
		}
	}

	private static String region(String level, SplittableRandom random) {
		String province = PROVINCES[random.nextInt(PROVINCES.length)];
		String city = String.format("%02d", 1 + random.nextInt(10));
		String county = String.format("%02d", 1 + random.nextInt(10));
		String township = String.format("%03d", 1 + random.nextInt(10));
		String village = String.format("%03d", 1 + random.nextInt(30));
		return switch (level) {
			case "province" -> province + "0000000000";
			case "city" -> province + city + "00000000";
			case "county" -> province + city + county + "000000";
			case "township" -> province + city + county + township + "000";
			default -> province + city + county + township + village;
		};
	}

	private static List<Long> time(List<String> regions, java.util.function.Consumer<String> call) {
		List<Long> times = new ArrayList<>();
		for (String code : regions) {
			long t = System.nanoTime();
			call.accept(code);
			times.add(System.nanoTime() - t);
		}
		return times;
	}

	private static long percentile(List<Long> values, int p) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static String ms(long nanos) {
		return String.format("%.2f", nanos / 1e6);
	}

}
