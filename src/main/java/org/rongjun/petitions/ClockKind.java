package org.rongjun.petitions;

import org.rongjun.calendar.Period;

/**
 * The statutory clocks of a petition. An obligation binds the bureau (warned three
 * working days ahead, escalated when missed); a window is the time someone else has (the
 * objection the bureau may raise, the petitioner's request for 复查 or 复核) and only closes.
 */
public enum ClockKind {

	/** 自收到之日起15日内书面告知 (Art 23 ¶2, ¶3). */
	NOTICE("受理告知", Period.days(15), "信访工作条例第二十三条", true),
	/** 不属于本机关职权的，自收到之日起5个工作日内提出异议 (Art 23 ¶3). */
	OBJECTION("提出异议", Period.workingDays(5), "信访工作条例第二十三条第三款", false),
	/**
	 * 自受理之日起60日内办结，经负责人批准可延长不超过30日 (Art 34, for 31(六) matters; the other classes have no
	 * period of their own in the statute and are held to the same one).
	 */
	HANDLING("办理", Period.days(60), "信访工作条例第三十四条", true),
	/** 自收到书面答复之日起30日内请求复查 (Art 35). */
	REVIEW_REQUEST("复查申请", Period.days(30), "信访工作条例第三十五条", false),
	/** 自收到复查请求之日起30日内提出复查意见 (Art 35). */
	REVIEW("复查", Period.days(30), "信访工作条例第三十五条", true),
	/** 自收到书面答复之日起30日内请求复核 (Art 36 ¶1). */
	RECHECK_REQUEST("复核申请", Period.days(30), "信访工作条例第三十六条第一款", false),
	/** 自收到复核请求之日起30日内提出复核意见，听证时间不计入 (Art 36 ¶1, ¶2). */
	RECHECK("复核", Period.days(30), "信访工作条例第三十六条", true);

	/** An extension may add at most 30 days (Art 34). */
	public static final int MAX_EXTENSION_DAYS = 30;

	private final String label;

	private final Period period;

	private final String article;

	private final boolean obligation;

	ClockKind(String label, Period period, String article, boolean obligation) {
		this.label = label;
		this.period = period;
		this.article = article;
		this.obligation = obligation;
	}

	public String label() {
		return this.label;
	}

	public Period period() {
		return this.period;
	}

	public String article() {
		return this.article;
	}

	public boolean obligation() {
		return this.obligation;
	}

}
