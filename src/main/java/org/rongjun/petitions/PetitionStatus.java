package org.rongjun.petitions;

/**
 * Where a petition stands. {@code REGISTERED} waits for the acceptance decision;
 * {@code OBJECTED} for the transferring body's answer to an objection; {@code HANDLING}
 * for the answer; {@code ANSWERED}/{@code REVIEWED} for a 复查/复核 request or closing;
 * {@code FINAL} is a 复核 opinion, after which the same matter is not accepted again (Art
 * 36 ¶3).
 */
public enum PetitionStatus {

	REGISTERED, OBJECTED, HANDLING, ANSWERED, IN_REVIEW, REVIEWED, IN_RECHECK, NOT_ACCEPTED, RETURNED, CLOSED, FINAL;

	public boolean open() {
		return this != NOT_ACCEPTED && this != RETURNED && this != CLOSED && this != FINAL;
	}

}
