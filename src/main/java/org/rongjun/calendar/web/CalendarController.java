package org.rongjun.calendar.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.rongjun.calendar.DayKind;
import org.rongjun.calendar.Deadline;
import org.rongjun.calendar.HolidayArrangements;
import org.rongjun.calendar.Period;
import org.rongjun.calendar.SpecialDay;
import org.rongjun.calendar.WorkingCalendar;
import org.rongjun.calendar.YearArrangement;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final HolidayArrangements arrangements;

	private final WorkingCalendar calendar;

	CalendarController(HolidayArrangements arrangements, WorkingCalendar calendar) {
		this.arrangements = arrangements;
		this.calendar = calendar;
	}

	@GetMapping("/years")
	@PreAuthorize("hasAuthority('calendar:year:list')")
	List<YearArrangement.Summary> years() {
		return this.arrangements.years();
	}

	@GetMapping("/years/{year}")
	@PreAuthorize("hasAuthority('calendar:year:list')")
	YearArrangement year(@PathVariable int year) {
		return this.arrangements.get(year);
	}

	@PutMapping("/years/{year}")
	@PreAuthorize("hasAuthority('calendar:year:manage')")
	YearArrangement save(@PathVariable int year, @Valid @RequestBody YearRequest request, Principal user) {
		List<SpecialDay> days = (request.days() != null) ? request.days().stream().map(DayRequest::toDay).toList()
				: List.of();
		return this.arrangements.save(year,
				new HolidayArrangements.Draft(request.source(), request.publishedOn(), days), user.getName());
	}

	@PostMapping(path = "/years/{year}/import", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('calendar:year:manage')")
	YearArrangement importFile(@PathVariable int year, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "") String source,
			@RequestParam(required = false) @Nullable LocalDate publishedOn, Principal user) {
		try (InputStream content = file.getInputStream()) {
			return this.arrangements.importFile(year, source, publishedOn, content, user.getName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DeleteMapping("/years/{year}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('calendar:year:manage')")
	void delete(@PathVariable int year) {
		this.arrangements.delete(year);
	}

	/** The deadline calculator of the page: where a period started on a day ends. */
	@GetMapping("/deadline")
	@PreAuthorize("hasAuthority('calendar:year:list')")
	Deadline deadline(@RequestParam LocalDate start, @RequestParam int length,
			@RequestParam(defaultValue = "DAYS") String unit) {
		if (length < 1 || length > 366) {
			throw ProblemException.invalidField("length", "期限应为1到366天");
		}
		Period.Unit parsed = switch (unit) {
			case "DAYS" -> Period.Unit.DAYS;
			case "WORKING_DAYS" -> Period.Unit.WORKING_DAYS;
			default -> throw ProblemException.invalidField("unit", "单位应为 DAYS（日）或 WORKING_DAYS（工作日）");
		};
		return this.calendar.deadline(start, new Period(length, parsed));
	}

	record YearRequest(@Nullable String source, @Nullable LocalDate publishedOn,
			@Nullable List<@Valid DayRequest> days) {
	}

	record DayRequest(@NotNull(message = "请填写日期") LocalDate day, @NotNull(message = "请选择放假或上班") DayKind kind,
			@Nullable String name) {

		SpecialDay toDay() {
			return new SpecialDay(this.day, this.kind, (this.name != null) ? this.name : "");
		}

	}

}
