package org.rongjun.care;

/**
 * 入户走访 (a home visit) or 联系 (phone, talk, meeting: 常态化联系). A home visit is also a
 * contact, so it satisfies both kinds of plan.
 */
public enum VisitKind {

	CONTACT, HOME_VISIT

}
