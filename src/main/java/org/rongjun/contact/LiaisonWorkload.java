package org.rongjun.contact;

/**
 * One liaison's load: how many people they keep in touch with, how many are overdue, due
 * within the warning days, never contacted, or with an unreachable number.
 */
public record LiaisonWorkload(long staffId, String name, String stationName, String regionCode, boolean active,
		long people, long overdue, long dueSoon, long neverContacted, long unreachable) {
}
