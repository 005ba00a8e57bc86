package org.rongjun.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading the official arrangements: a year is entered in the page or imported from a
 * file, always whole (what the notice lists, nothing else), and replaces what the year
 * had. Years are data, never code: 2027 is added the day its notice is published.
 */
@Service
@Transactional
public class HolidayArrangements {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CalendarRepository calendar;

	private final ApplicationEventPublisher events;

	HolidayArrangements(CalendarRepository calendar, ApplicationEventPublisher events) {
		this.calendar = calendar;
		this.events = events;
	}

	/** A year as typed or imported, before checks. */
	public record Draft(String source, @Nullable LocalDate publishedOn, List<SpecialDay> days) {
	}

	@Transactional(readOnly = true)
	public List<YearArrangement.Summary> years() {
		return this.calendar.years();
	}

	@Transactional(readOnly = true)
	public YearArrangement get(int year) {
		return this.calendar.find(year).orElseThrow(() -> ProblemException.notFound(year + "年的节假日安排尚未录入"));
	}

	public YearArrangement save(int year, Draft draft, String username) {
		checkYear(year);
		String source = (draft.source() != null) ? draft.source().strip() : "";
		if (source.isEmpty() || source.length() > 200) {
			throw ProblemException.invalidField("source", "请填写发布文件（如：国务院办公厅关于2027年部分节假日安排的通知），最多200个字");
		}
		List<SpecialDay> days = checked(year, draft.days());
		this.calendar.replace(year, source, draft.publishedOn(), days, username);
		this.events.publishEvent(new CalendarYearChanged(year));
		return get(year);
	}

	/**
	 * A year from a CSV file, one day or range per line:
	 * {@code 2027-02-06~2027-02-13,休,春节} or {@code 2027-02-14,班,春节}; a header line is
	 * skipped.
	 */
	public YearArrangement importFile(int year, String source, @Nullable LocalDate publishedOn, InputStream file,
			String username) {
		return save(year, new Draft(source, publishedOn, parse(file)), username);
	}

	public void delete(int year) {
		if (!this.calendar.delete(year)) {
			throw ProblemException.notFound(year + "年的节假日安排尚未录入");
		}
		this.events.publishEvent(new CalendarYearChanged(year));
	}

	static List<SpecialDay> parse(InputStream file) {
		List<SpecialDay> days = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.replace("\uFEFF", "").strip();
				if (text.isEmpty() || text.startsWith("#") || (number == 1 && text.startsWith("日期"))) {
					continue;
				}
				days.addAll(parseLine(text, number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (days.isEmpty()) {
			throw ProblemException.invalidField("file", "文件中没有日期，每行应为：日期或日期范围,休/班,节日名称");
		}
		return days;
	}

	private static List<SpecialDay> parseLine(String text, int number) {
		String[] fields = text.split("[,，\t]", -1);
		if (fields.length < 3) {
			throw ProblemException.invalidField("file", "第" + number + "行应为：日期或日期范围,休/班,节日名称");
		}
		DayKind kind = switch (fields[1].strip().toUpperCase(Locale.ROOT)) {
			case "休", "休息", "放假", "REST" -> DayKind.REST;
			case "班", "上班", "WORK" -> DayKind.WORK;
			default -> throw ProblemException.invalidField("file", "第" + number + "行的类型应为“休”或“班”");
		};
		String[] range = fields[0].strip().split("~|至|～");
		try {
			LocalDate from = LocalDate.parse(range[0].strip());
			LocalDate to = (range.length > 1) ? LocalDate.parse(range[1].strip()) : from;
			if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > 31) {
				throw ProblemException.invalidField("file", "第" + number + "行的日期范围不正确");
			}
			List<SpecialDay> days = new ArrayList<>();
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				days.add(new SpecialDay(day, kind, fields[2].strip()));
			}
			return days;
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalidField("file", "第" + number + "行的日期应写作 2027-01-01 或 2027-02-06~2027-02-13");
		}
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw ProblemException.invalidField("year", "年度应在" + FIRST_YEAR + "到" + LAST_YEAR + "之间");
		}
	}

	private static List<SpecialDay> checked(int year, @Nullable List<SpecialDay> days) {
		if (days == null || days.isEmpty()) {
			throw ProblemException.invalidField("days", "请至少填写一个放假日");
		}
		Set<LocalDate> seen = new HashSet<>();
		List<SpecialDay> clean = new ArrayList<>();
		for (SpecialDay day : days) {
			if (day.day().getYear() != year) {
				throw ProblemException.invalidField("days", day.day() + " 不在" + year + "年内");
			}
			if (!seen.add(day.day())) {
				throw ProblemException.invalidField("days", day.day() + " 重复填写");
			}
			String name = (day.name() != null) ? day.name().strip() : "";
			if (name.isEmpty() || name.length() > 20) {
				throw ProblemException.invalidField("days", day.day() + " 请填写节日名称（最多20个字）");
			}
			boolean weekend = day.day().getDayOfWeek() == DayOfWeek.SATURDAY
					|| day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
			if (day.kind() == DayKind.WORK && !weekend) {
				throw ProblemException.invalidField("days", day.day() + " 是工作日，调休上班只能安排在周六或周日");
			}
			clean.add(new SpecialDay(day.day(), day.kind(), name));
		}
		if (clean.stream().noneMatch((day) -> day.kind() == DayKind.REST)) {
			throw ProblemException.invalidField("days", "请至少填写一个放假日");
		}
		return clean;
	}

}
