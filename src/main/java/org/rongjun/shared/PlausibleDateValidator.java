package org.rongjun.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link PlausibleDate} against the validation clock, which the application sets
 * to its own {@code Clock} (so tests living on a fixed day see the same "today").
 */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Object> {

	private LocalDate earliest = LocalDate.MIN;

	private int yearsAhead;

	@Override
	public void initialize(PlausibleDate annotation) {
		this.earliest = LocalDate.parse(annotation.earliest());
		this.yearsAhead = annotation.yearsAhead();
	}

	@Override
	public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		LocalDate latest = LocalDate.now(context.getClockProvider().getClock()).plusYears(this.yearsAhead);
		boolean valid;
		String range;
		if (value instanceof PartialDate partial) {
			value = partial.monthOnly() ? partial.yearMonth() : partial.date();
		}
		if (value instanceof YearMonth month) {
			valid = !month.isBefore(YearMonth.from(this.earliest)) && !month.isAfter(YearMonth.from(latest));
			range = YearMonth.from(this.earliest) + " 至 " + YearMonth.from(latest);
		}
		else if (value instanceof LocalDate date) {
			valid = !date.isBefore(this.earliest) && !date.isAfter(latest);
			range = this.earliest + " 至 " + latest;
		}
		else {
			throw new IllegalArgumentException(
					"@PlausibleDate applies to LocalDate, YearMonth and PartialDate, not " + value.getClass());
		}
		if (!valid) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("日期须在 " + range + " 之间").addConstraintViolation();
		}
		return valid;
	}

}
