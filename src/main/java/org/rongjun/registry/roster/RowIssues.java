package org.rongjun.registry.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one row found: errors (the row is not imported), warnings (it is, with
 * something left out or changed) and notes, the raw text of values that could not be
 * read, kept in the person's remark so that nothing a bureau typed is lost.
 */
final class RowIssues {

	/** The remark holds at most this much; a note beyond it is cut. */
	static final int REMARK_LIMIT = 1000;

	final List<RowIssue> errors = new ArrayList<>(0);

	final List<RowIssue> warnings = new ArrayList<>(0);

	final List<String> notes = new ArrayList<>(0);

	void error(String column, String message) {
		this.errors.add(new RowIssue(column, message));
	}

	void warning(String column, String message) {
		this.warnings.add(new RowIssue(column, message));
	}

	/** A value of an optional column left out: a warning, and its text kept as a note. */
	void unread(String column, String raw, String message) {
		this.warnings.add(new RowIssue(column, message + "，原文已记入备注"));
		this.notes.add(column + "：" + RosterText.maskNumbers(raw));
	}

	boolean failed() {
		return !this.errors.isEmpty();
	}

	/** The row's remark followed by the notes, within the remark's limit. */
	String remark(String remark) {
		StringBuilder text = new StringBuilder(remark);
		if (!this.notes.isEmpty()) {
			if (text.length() > 0) {
				text.append('；');
			}
			text.append("〔名册中未能读取〕").append(String.join("；", this.notes));
		}
		return (text.length() > REMARK_LIMIT) ? text.substring(0, REMARK_LIMIT - 1) + "…" : text.toString();
	}

	static String joined(List<RowIssue> issues) {
		StringBuilder text = new StringBuilder();
		for (RowIssue issue : issues) {
			if (text.length() > 0) {
				text.append('；');
			}
			text.append(issue.text());
		}
		return text.toString();
	}

}
