package org.rongjun.meetings;

/** What happened to an action item, in its history. */
public enum ActionEventKind {

	/** 进展报告 of the responsible unit. */
	PROGRESS,

	/** 督办 notice of the convener. */
	SUPERVISION,

	/** 办结 with the closing note. */
	CLOSED,

	/** 退回: the convener did not accept the closing. */
	RETURNED

}
