package org.rongjun.employment.posts;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The registry's 学历 codes (close to GB/T 4658; registry V2 seeds them): a smaller code is
 * a higher education, so "at least X" is {@code code <= X}.
 */
public final class Education {

	/** 大学专科: the lowest education of a 高校毕业生 (Art 43). */
	public static final String COLLEGE = "30";

	private static final Map<String, String> LABELS = Map.of("10", "研究生", "20", "大学本科", "30", "大学专科", "40", "中等专科",
			"50", "技工学校", "60", "高中", "70", "初中", "80", "小学", "90", "文盲或半文盲");

	private Education() {
	}

	public static boolean isKnown(@Nullable String code) {
		return code != null && LABELS.containsKey(code);
	}

	/**
	 * Whether {@code held} is at least {@code required}; an unknown held education is
	 * not.
	 */
	public static boolean meets(@Nullable String held, String required) {
		return isKnown(held) && held.compareTo(required) <= 0;
	}

	public static String label(@Nullable String code) {
		return (code == null) ? "未登记" : LABELS.getOrDefault(code, code);
	}

}
