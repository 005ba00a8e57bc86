package org.rongjun.registry.person;

import java.util.List;
import java.util.Map;

import org.rongjun.shared.ProblemException;

/** One thing wrong with one request field, in the words the form shows beside it. */
public record FieldProblem(String field, String message) {

	/**
	 * All of them at once, as one problem: the form marks every field, an import lists
	 * every error of a row.
	 */
	public static ProblemException all(List<FieldProblem> problems) {
		ProblemException problem = ProblemException.badRequest("请检查标红的字段");
		problem.getBody()
			.setProperty("errors",
					problems.stream().map((p) -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	/** The field errors a problem carries (one for most, several from {@link #all}). */
	public static List<FieldProblem> of(ProblemException ex) {
		Object errors = (ex.getBody().getProperties() != null) ? ex.getBody().getProperties().get("errors") : null;
		if (errors instanceof List<?> list && !list.isEmpty()) {
			return list.stream()
				.filter((item) -> item instanceof Map<?, ?>)
				.map((item) -> (Map<?, ?>) item)
				.map((error) -> new FieldProblem(String.valueOf(error.get("field")),
						String.valueOf(error.get("message"))))
				.toList();
		}
		return List.of();
	}

}
