package org.rongjun.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's figures by month received and by region one level below the scope: on-time
 * written notice (Art 23), on-time handling (Art 34), satisfaction with the answer (Art
 * 21) and the share of repeat petitions. A clock still running inside its period counts
 * neither way; one past its day unmet counts as late.
 */
@Service
@Transactional(readOnly = true)
public class PetitionStatistics {

	private static final int MAX_MONTHS = 36;

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final Clock clock;

	PetitionStatistics(JdbcClient jdbc, RegionDirectory regions, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
	}

	/** One row of figures: a month ({@code key} 2026-05) or a region (its code). */
	public record Figures(String key, String label, long registered, long repeats, long noticeOnTime, long noticeLate,
			long handlingOnTime, long handlingLate, long evaluations, long satisfied) {

		public @Nullable Double onTimeAcceptanceRate() {
			return rate(this.noticeOnTime, this.noticeOnTime + this.noticeLate);
		}

		public @Nullable Double onTimeClosureRate() {
			return rate(this.handlingOnTime, this.handlingOnTime + this.handlingLate);
		}

		public @Nullable Double satisfactionRate() {
			return rate(this.satisfied, this.evaluations);
		}

		public @Nullable Double repeatRate() {
			return rate(this.repeats, this.registered);
		}

		private static @Nullable Double rate(long part, long whole) {
			return (whole == 0) ? null : Math.round(part * 10000.0 / whole) / 10000.0;
		}

	}

	public record Report(YearMonth from, YearMonth to, Figures total, List<Figures> months, List<Figures> regions) {
	}

	public Report report(YearMonth from, YearMonth to, RegionScope scope) {
		if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
			throw ProblemException.invalidField("to", "统计区间应为1到36个月");
		}
		RegionCode root = scope.root().orElseThrow(() -> ProblemException.outOfScope("没有数据范围"));
		RegionLevel level = root.level();
		int childPrefix = (level == RegionLevel.VILLAGE) ? 12
				: RegionLevel.values()[level.ordinal() + 1].prefixLength();
		LocalDate today = LocalDate.now(this.clock);
		List<Figures> months = figures("to_char(p.received_on, 'YYYY-MM')", from, to, scope, today);
		List<Figures> byRegion = figures("rpad(left(p.region_code, " + childPrefix + "), 12, '0')", from, to, scope,
				today);
		Map<String, String> names = this.regions.namesOf(byRegion.stream().map(Figures::key).toList());
		List<Figures> named = byRegion.stream()
			.map((f) -> new Figures(f.key(), names.getOrDefault(f.key(), f.key()), f.registered(), f.repeats(),
					f.noticeOnTime(), f.noticeLate(), f.handlingOnTime(), f.handlingLate(), f.evaluations(),
					f.satisfied()))
			.toList();
		List<Figures> total = figures("'total'", from, to, scope, today);
		Figures sum = total.isEmpty() ? new Figures("total", "合计", 0, 0, 0, 0, 0, 0, 0, 0)
				: new Figures("total", "合计", total.get(0).registered(), total.get(0).repeats(),
						total.get(0).noticeOnTime(), total.get(0).noticeLate(), total.get(0).handlingOnTime(),
						total.get(0).handlingLate(), total.get(0).evaluations(), total.get(0).satisfied());
		return new Report(from, to, sum, months, named);
	}

	private List<Figures> figures(String key, YearMonth from, YearMonth to, RegionScope scope, LocalDate today) {
		return this.jdbc
			.sql("""
					select %s as key,
					       count(*) as registered,
					       count(*) filter (where p.repeat_of is not null) as repeats,
					       count(*) filter (where n.met_on <= n.due_on) as notice_on_time,
					       count(*) filter (where n.met_on > n.due_on or (n.met_on is null and n.due_on < :today)) as notice_late,
					       count(*) filter (where h.met_on <= h.due_on) as handling_on_time,
					       count(*) filter (where h.met_on > h.due_on or (h.met_on is null and h.due_on < :today))
					           as handling_late,
					       count(e.petition_id) as evaluations,
					       count(*) filter (where e.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
					from petitions.petition p
					left join petitions.clock n on n.petition_id = p.id and n.kind = 'NOTICE'
					left join petitions.clock h on h.petition_id = p.id and h.kind = 'HANDLING'
					left join petitions.evaluation e on e.petition_id = p.id and e.stage = 'HANDLING'
					where p.region_code between :lo and :hi and p.received_on >= :from and p.received_on < :to
					group by 1 order by 1
					"""
				.formatted(key))
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("from", from.atDay(1))
			.param("to", to.plusMonths(1).atDay(1))
			.param("today", today)
			.query((rs, row) -> new Figures(rs.getString("key"), rs.getString("key"), rs.getLong("registered"),
					rs.getLong("repeats"), rs.getLong("notice_on_time"), rs.getLong("notice_late"),
					rs.getLong("handling_on_time"), rs.getLong("handling_late"), rs.getLong("evaluations"),
					rs.getLong("satisfied")))
			.list();
	}

}
