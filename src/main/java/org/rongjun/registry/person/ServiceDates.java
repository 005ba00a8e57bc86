package org.rongjun.registry.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PartialDate;

/**
 * The order of a person's service dates: enlisted after birth, discharged after
 * enlisting, neither in the future. Dates known only to the month are compared by month
 * (1985-03 is neither before nor after 1985-03-20). The form refuses a draft that breaks
 * them; an import keeps the row and leaves the offending date out, with a warning.
 */
public final class ServiceDates {

	private ServiceDates() {
	}

	/**
	 * What is wrong, by request field ({@code enlistmentDate}, {@code dischargeDate}).
	 */
	public static List<FieldProblem> problems(LocalDate birthDate, @Nullable PartialDate enlistment,
			@Nullable PartialDate discharge, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>(0);
		if (enlistment != null && !enlistment.isAfter(birthDate)) {
			problems.add(new FieldProblem("enlistmentDate", "入伍时间应晚于出生日期"));
		}
		if (enlistment != null && enlistment.isAfter(today)) {
			problems.add(new FieldProblem("enlistmentDate", "入伍时间不能晚于今天"));
		}
		if (discharge != null && discharge.isAfter(today)) {
			problems.add(new FieldProblem("dischargeDate", "退役时间不能晚于今天"));
		}
		if (discharge != null && enlistment != null && !discharge.isAfter(enlistment)) {
			problems.add(new FieldProblem("dischargeDate", "退役时间应晚于入伍时间"));
		}
		return problems;
	}

}
