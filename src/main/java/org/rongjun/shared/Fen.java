package org.rongjun.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An amount of money in fen (分), within a sane range: by default at least 1 fen and at
 * most 1,000,000 yuan, more than any single payment to one person (a death benefit is
 * about 20 times a year's disposable income). Null passes; pair with {@code @NotNull}.
 * Fractions of a fen never reach this check: the JSON reader refuses them.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FenValidator.class)
public @interface Fen {

	/** 1,000,000 yuan. */
	long MILLION_YUAN = 100_000_000L;

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The smallest amount in fen; 0 allows a nil amount. */
	long min() default 1;

	long max() default MILLION_YUAN;

}
