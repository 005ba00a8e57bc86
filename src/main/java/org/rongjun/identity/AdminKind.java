package org.rongjun.identity;

/**
 * The three administrator duties of 三员分立 (等保 2.0 安全管理中心): system, security and audit
 * administration. A user holds at most one of them.
 */
public enum AdminKind {

	SYSTEM, SECURITY, AUDIT

}
