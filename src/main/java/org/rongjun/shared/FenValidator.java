package org.rongjun.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Fen}: tells the range in yuan, as people read amounts. */
public class FenValidator implements ConstraintValidator<Fen, Number> {

	private long min;

	private long max;

	@Override
	public void initialize(Fen fen) {
		this.min = fen.min();
		this.max = fen.max();
	}

	@Override
	public boolean isValid(@Nullable Number value, ConstraintValidatorContext context) {
		if (value == null || (value.longValue() >= this.min && value.longValue() <= this.max)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("金额须在 " + yuan(this.min) + " 元至 " + yuan(this.max) + " 元之间（以分为单位）")
			.addConstraintViolation();
		return false;
	}

	private static String yuan(long fen) {
		return new DecimalFormat("#,##0.00").format(BigDecimal.valueOf(fen, 2));
	}

}
