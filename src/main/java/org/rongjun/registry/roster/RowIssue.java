package org.rongjun.registry.roster;

/**
 * One thing about one row, on the column it was found in, by the column's heading in the
 * file: {@code 公民身份号码：校验码错误}.
 */
record RowIssue(String column, String message) {

	String text() {
		return this.column + "：" + this.message;
	}

}
