package org.rongjun.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date (or month) in the range that is plausible for its field: from
 * {@link #earliest()} to today plus {@link #yearsAhead()} years, "today" being the
 * application's clock. Applies to {@code LocalDate}, {@code YearMonth} and
 * {@code PartialDate} (a month-only one compared by month); null passes.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDateValidator.class)
public @interface PlausibleDate {

	/** A date of a person's life: nobody on file was born before 1900. */
	String LIFETIME = "1900-01-01";

	/** Founding of the People's Liberation Army (1927-08-01): service starts after it. */
	String PLA_FOUNDED = "1927-08-01";

	/** The earliest record of the bureau's work this system keeps. */
	String RECORDS = "1950-01-01";

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** ISO date of the earliest plausible value. */
	String earliest() default LIFETIME;

	/** Years after today still plausible; 0: today at the latest. */
	int yearsAhead() default 0;

}
