package org.rongjun.registry;

/**
 * The yearly dates a greeting can mark: the birthday (from the birth date) and the
 * anniversary of enlistment (入伍纪念日, from the enlistment date).
 */
public enum Anniversary {

	BIRTHDAY, ENLISTMENT

}
