/**
 * Visits and consolation (走访慰问, 退役军人保障法 Art 59 定期开展走访慰问, Art 67 及时掌握思想情况和工作生活状况). Visit
 * plans give each target group (retired officers, veterans in difficulty, key
 * beneficiaries) a cadence; a countdown board shows per person when the next contact or
 * home visit is due. Visits record who went, when, where, what was given (in fen) and
 * what was heard; every problem raised is tracked to resolution with an assignee and a
 * deadline. Festival campaigns (春节, 八一) generate their target list from registry and
 * garrison units in one statement and roll up completion and spend per region. Target
 * groups are read from registry's published view {@code registry.veteran_profile} (ADR
 * 0012); the module publishes {@link org.rongjun.care.VisitRecorded}.
 * <p>
 * No other module calls care, so its root package holds only that event and the visit
 * kind it carries (ModularityTests lists them). The rest is internal: {@code visits}
 * (with their problems), {@code plans} (and the countdown board), {@code campaigns},
 * {@code garrison}, {@code demo}, {@code support}, {@code permissions} and the
 * controllers in {@code web}.
 */
@ApplicationModule(displayName = "Care 走访慰问",
		allowedDependencies = { "registry", "organization", "attachments", "workbench", "shared" })
@NullMarked
package org.rongjun.care;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
