package org.rongjun.grants;

/**
 * What a reviewer does. {@code APPROVE} above the level's cap becomes a forward with that
 * amount as the recommendation; {@code FORWARD} sends it up without deciding.
 */
public enum ReviewAction {

	APPROVE, FORWARD, RETURN, REJECT

}
