package org.rongjun.meetings;

/** The two kinds of meeting whose decisions the bureau follows up. */
public enum MeetingKind {

	/** 退役军人工作领导小组会议. */
	LEADING_GROUP,

	/** 双拥工作领导小组会议 / 双拥工作推进会. */
	DOUBLE_SUPPORT

}
