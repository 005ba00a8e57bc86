package org.rongjun.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole calendar: a few dozen rows per year. */
	WorkingDays snapshot() {
		List<Integer> years = this.jdbc.sql("select year from calendar.holiday_year").query(Integer.class).list();
		List<SpecialDay> days = this.jdbc.sql("select day, kind, name from calendar.special_day")
			.query((rs, row) -> new SpecialDay(rs.getObject("day", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
		return WorkingDays.of(new HashSet<>(years), days);
	}

	List<YearArrangement.Summary> years() {
		return this.jdbc.sql("""
				select y.year, y.source, y.published_on, y.loaded_by, y.loaded_at,
				       count(*) filter (where d.kind = 'REST') as rest_days,
				       count(*) filter (where d.kind = 'WORK') as work_days
				from calendar.holiday_year y left join calendar.special_day d on d.year = y.year
				group by y.year order by y.year desc
				""")
			.query((rs, row) -> new YearArrangement.Summary(rs.getInt("year"), rs.getString("source"),
					rs.getObject("published_on", LocalDate.class), rs.getString("loaded_by"),
					rs.getObject("loaded_at", OffsetDateTime.class), rs.getInt("rest_days"), rs.getInt("work_days")))
			.list();
	}

	Optional<YearArrangement> find(int year) {
		List<SpecialDay> days = this.jdbc
			.sql("select day, kind, name from calendar.special_day where year = :year order by day")
			.param("year", year)
			.query((rs, row) -> new SpecialDay(rs.getObject("day", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
		return this.jdbc.sql("select * from calendar.holiday_year where year = :year")
			.param("year", year)
			.query((rs, row) -> new YearArrangement(rs.getInt("year"), rs.getString("source"),
					rs.getObject("published_on", LocalDate.class), rs.getString("loaded_by"),
					rs.getObject("loaded_at", OffsetDateTime.class), days))
			.optional();
	}

	/** Replaces the year's arrangement as one unit. */
	void replace(int year, String source, @Nullable LocalDate publishedOn, List<SpecialDay> days, String username) {
		this.jdbc.sql("delete from calendar.special_day where year = :year").param("year", year).update();
		this.jdbc.sql("""
				insert into calendar.holiday_year (year, source, published_on, loaded_by)
				values (:year, :source, :published, :by)
				on conflict (year) do update set source = excluded.source, published_on = excluded.published_on,
				    loaded_by = excluded.loaded_by, loaded_at = now()
				""")
			.param("year", year)
			.param("source", source)
			.param("published", publishedOn)
			.param("by", username)
			.update();
		for (SpecialDay day : days) {
			this.jdbc.sql("insert into calendar.special_day (day, year, kind, name) values (:day, :year, :kind, :name)")
				.param("day", day.day())
				.param("year", year)
				.param("kind", day.kind().name())
				.param("name", day.name())
				.update();
		}
	}

	boolean delete(int year) {
		this.jdbc.sql("delete from calendar.special_day where year = :year").param("year", year).update();
		return this.jdbc.sql("delete from calendar.holiday_year where year = :year").param("year", year).update() > 0;
	}

}
