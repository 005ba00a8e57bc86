package org.rongjun.petitions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A written answer with what Art 32 asks it to state: the request, the facts and reasons,
 * the opinion and its legal basis. {@code deliveredOn} when it was handed over at once.
 */
public record AnswerDraft(String request, String factsAndReasons, Opinion opinion, String opinionText,
		@Nullable String legalBasis, @Nullable LocalDate answeredOn, @Nullable LocalDate deliveredOn) {
}
