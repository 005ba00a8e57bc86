package org.rongjun.honors;

/** Why a hung plaque is replaced: the household moved, or the plaque aged or broke. */
public enum ReplacementReason {

	MOVE, DAMAGE

}
