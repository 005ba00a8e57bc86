package org.rongjun.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search at national scale (issue: at 10M veterans, ID lookup ≤ 5 ms p99, name/pinyin
 * prefix in a county ≤ 50 ms p95, server-side). The registry is filled in SQL
 * (generate_series; 40k people in the demo county, the rest spread over other counties),
 * with random bytes where the encrypted numbers would be, then the repository's own
 * search queries are timed. Run with
 * {@code ./mvnw -Pbench test -Dtest=RegistrySearchBenchmarks [-Dbench.veterans=10000000]}.
 */
@Tag("benchmark")
@IntegrationTest
class RegistrySearchBenchmarks {

	private static final Logger log = LoggerFactory.getLogger(RegistrySearchBenchmarks.class);

	private static final String[][] SURNAMES = { { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" },
			{ "陈", "chen" }, { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
			{ "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" }, { "郭", "guo" }, { "何", "he" },
			{ "高", "gao" }, { "林", "lin" }, { "罗", "luo" }, { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" },
			{ "宋", "song" }, { "唐", "tang" }, { "许", "xu" }, { "韩", "han" }, { "冯", "feng" }, { "邓", "deng" },
			{ "曾", "zeng" }, { "沈", "shen" }, { "顾", "gu" } };

	private static final String[][] GIVEN = { { "伟", "wei" }, { "强", "qiang" }, { "军", "jun" }, { "勇", "yong" },
			{ "杰", "jie" }, { "磊", "lei" }, { "涛", "tao" }, { "斌", "bin" }, { "超", "chao" }, { "明", "ming" },
			{ "刚", "gang" }, { "平", "ping" }, { "辉", "hui" }, { "鹏", "peng" }, { "华", "hua" }, { "飞", "fei" },
			{ "鑫", "xin" }, { "波", "bo" }, { "宇", "yu" }, { "浩", "hao" }, { "建", "jian" }, { "国", "guo" },
			{ "海", "hai" }, { "东", "dong" }, { "亮", "liang" }, { "芳", "fang" }, { "丽", "li" }, { "英", "ying" },
			{ "红", "hong" }, { "兰", "lan" } };

	final JdbcClient jdbc;

	final VeteranRepository veterans;

	final RegionDirectory regions;

	RegistrySearchBenchmarks(JdbcClient jdbc, VeteranRepository veterans, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.veterans = veterans;
		this.regions = regions;
	}

	@Value("${bench.veterans:10000000}")
	long total;

	@Test
	void searchTenMillionVeterans() throws Exception {
		List<String> villages = this.regions.currentCodesWithin(RegionScope.of(RegionCode.of("330421000000")))
			.stream()
			.filter((code) -> RegionCode.of(code).level() == RegionLevel.VILLAGE)
			.sorted()
			.toList();
		long started = System.nanoTime();
		load(villages);
		log.warn("BENCH registry-load {} veterans in {} s", this.total,
				String.format("%.0f", (System.nanoTime() - started) / 1e9));

		// Everyone outside the demo county lives under the made-up prefixes
		// 110000–112999.
		RegionScope province = RegionScope.of(RegionCode.of("110000000000"));
		SplittableRandom random = new SplittableRandom(42);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		List<Long> idTimes = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			long g = 1 + random.nextLong(this.total);
			if (g % 250 == 0) {
				g++;
			}
			byte[] index = sha.digest(("bench:" + g).getBytes(StandardCharsets.UTF_8));
			long t = System.nanoTime();
			var found = this.veterans.search(province, criteria(index, null), new PageQuery(0, 20));
			idTimes.add(System.nanoTime() - t);
			if (found.total() != 1) {
				throw new AssertionError("ID lookup found " + found.total());
			}
		}
		RegionScope county = RegionScope.of(RegionCode.of("330421000000"));
		List<String> prefixes = List.of("zh", "zs", "wang", "wj", "l", "lm", "chen", "cj", "x", "xuh", "王", "李明", "gu",
				"zeng", "shen", "h", "y", "zhangw", "lih", "wq");
		List<Long> nameTimes = new ArrayList<>();
		for (int round = 0; round < 25; round++) {
			for (String prefix : prefixes) {
				long t = System.nanoTime();
				this.veterans.search(county, criteria(null, prefix), new PageQuery(0, 20));
				nameTimes.add(System.nanoTime() - t);
			}
		}
		// A city of 100 made-up counties (~330k people): the search visits its counties
		// one by one in the (county_code, key) index. No goal in the issue; measured so a
		// city bureau's search is known.
		RegionScope city = RegionScope.of(RegionCode.of("110100000000"));
		List<Long> cityTimes = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			for (String prefix : prefixes) {
				long t = System.nanoTime();
				this.veterans.search(city, criteria(null, prefix), new PageQuery(0, 20));
				cityTimes.add(System.nanoTime() - t);
			}
		}
		log.warn("BENCH registry-name-prefix-city n={} p50 {} ms p95 {} ms p99 {} ms", cityTimes.size(),
				ms(percentile(cityTimes, 50)), ms(percentile(cityTimes, 95)), ms(percentile(cityTimes, 99)));
		log.warn("BENCH registry-id-lookup n={} p50 {} ms p99 {} ms (scope: a province)", idTimes.size(),
				ms(percentile(idTimes, 50)), ms(percentile(idTimes, 99)));
		log.warn("BENCH registry-name-prefix-county n={} p50 {} ms p95 {} ms p99 {} ms", nameTimes.size(),
				ms(percentile(nameTimes, 50)), ms(percentile(nameTimes, 95)), ms(percentile(nameTimes, 99)));
	}

	private void load(List<String> villages) {
		String surnames = Arrays.stream(SURNAMES)
			.map((s) -> "('" + s[0] + "','" + s[1] + "')")
			.collect(Collectors.joining(","));
		String given = Arrays.stream(GIVEN)
			.map((s) -> "('" + s[0] + "','" + s[1] + "')")
			.collect(Collectors.joining(","));
		String villageArray = villages.stream().map((v) -> "'" + v + "'").collect(Collectors.joining(","));
		this.jdbc
			.sql("create table bench_surname as select row_number() over () - 1 as i, h, p from (values " + surnames
					+ ") v(h, p)")
			.update();
		this.jdbc
			.sql("create table bench_given as select row_number() over () - 1 as i, h, p from (values " + given
					+ ") v(h, p)")
			.update();
		this.jdbc.sql("drop index registry.veteran_name_key_county_key_idx").update();
		this.jdbc.sql("drop index registry.veteran_region_idx").update();
		this.jdbc.sql("drop index registry.veteran_birth_date_idx").update();
		this.jdbc.sql("drop index registry.veteran_id_number_index_idx").update();
		int surnameCount = SURNAMES.length;
		int givenCount = GIVEN.length;
		// 1 in 250 people lives in the demo county (40k of 10M, a large county); the
		// others in made-up counties with prefixes 110000–112999, never the demo
		// county's.
		this.jdbc
			.sql("""
					insert into registry.veteran (name, gender, birth_date, id_number_cipher, id_number_index, id_number_mask,
					    household_region_code, name_pinyin, name_initials, created_by)
					select s.h || g1.h || coalesce(g2.h, ''),
					       case when x.g %% 10 < 9 then 'MALE' else 'FEMALE' end,
					       date '1945-01-01' + (x.g %% 20000)::int,
					       decode(md5(x.g::text), 'hex'),
					       sha256(convert_to('bench:' || x.g, 'UTF8')),
					       '1101**********0000',
					       case when x.g %% 250 = 0 then (array[%s])[1 + ((x.g / 250) %% %d)::int]
					            else lpad((110000 + x.g %% 3000)::text, 6, '0') || lpad((100 + (x.g / 3000) %% 900)::text, 3, '0')
					                 || lpad((1 + (x.g / 7) %% 500)::text, 3, '0') end,
					       array[s.p || g1.p || coalesce(g2.p, '')],
					       array[left(s.p, 1) || left(g1.p, 1) || coalesce(left(g2.p, 1), '')],
					       'bench'
					from generate_series(1, :total) as x (g)
					join bench_surname s on s.i = (x.g * 7919) %% %d
					join bench_given g1 on g1.i = (x.g * 104729) %% %d
					left join bench_given g2 on g2.i = (x.g * 1299709) %% %d
					"""
				.formatted(villageArray, villages.size(), surnameCount, givenCount, givenCount * 3 / 2))
			.param("total", this.total)
			.update();
		this.jdbc
			.sql("""
					insert into registry.veteran_name_key (veteran_id, key, region_code)
					select v.id, k.key, v.household_region_code
					from registry.veteran v
					cross join lateral (select distinct unnest(array[v.name] || v.name_pinyin || v.name_initials)) as k (key)
					where v.created_by = 'bench'
					""")
			.update();
		this.jdbc.sql("create unique index veteran_id_number_index_idx on registry.veteran (id_number_index)").update();
		this.jdbc.sql("create index veteran_region_idx on registry.veteran (household_region_code, id)").update();
		this.jdbc.sql("create index veteran_birth_date_idx on registry.veteran (birth_date)").update();
		this.jdbc
			.sql("create index veteran_name_key_county_key_idx on registry.veteran_name_key (county_code, key) "
					+ "include (veteran_id, region_code)")
			.update();
		this.jdbc.sql("vacuum analyze registry.veteran").update();
		this.jdbc.sql("vacuum analyze registry.veteran_name_key").update();
	}

	private static VeteranRepository.Criteria criteria(byte[] index, String prefix) {
		return new VeteranRepository.Criteria(null, index, null, prefix, null, null, null, null, null);
	}

	private static long percentile(List<Long> values, int p) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static String ms(long nanos) {
		return String.format("%.2f", nanos / 1e6);
	}

}
