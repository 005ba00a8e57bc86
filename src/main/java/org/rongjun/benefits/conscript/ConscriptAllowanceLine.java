package org.rongjun.benefits.conscript;

/** One conscript family's allowance for a year, with the formula written out. */
public record ConscriptAllowanceLine(long conscriptId, String name, String regionCode, int year, long standardId,
		long amountFen, String explanation) {
}
