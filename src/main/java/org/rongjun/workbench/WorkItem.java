package org.rongjun.workbench;

/**
 * One line of the to-do board: {@code count} things of one kind, shown with
 * {@code title}, linking to the web page {@code route}. {@code urgency} colours it:
 * overdue work is {@link Urgency#OVERDUE}, work with a deadline close by
 * {@link Urgency#SOON}.
 */
public record WorkItem(String key, String module, String title, long count, String route, Urgency urgency) {

	public enum Urgency {

		NORMAL, SOON, OVERDUE

	}

}
