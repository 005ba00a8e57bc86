package org.rongjun.contact;

/**
 * The lists of "no one drops off the line" (不掉线): everyone, no liaison, never contacted,
 * overdue (past their due day), unreachable number (the last phone attempt failed), and
 * due — overdue or due within the warning days.
 */
public enum PeopleFilter {

	ALL, NO_LIAISON, NEVER_CONTACTED, OVERDUE, UNREACHABLE, DUE

}
