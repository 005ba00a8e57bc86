/**
 * Risk screening (矛盾隐患排查; 退役军人保障法 Art 67 及时掌握思想情况和工作生活状况; the local 台账 "发现-登记-化解-回访",
 * rules §4.4): screening rounds with a checklist per person, risk items with level,
 * category, owner and deadline, the steps taken, escalation village → township → county
 * when raised or overdue, and 化解 with evidence. Early warnings come from other modules'
 * events, each through one listener in {@code signals} calling
 * {@link org.rongjun.risk.Warnings#raise}, into a triage list where a person accepts one
 * as a risk item or dismisses it with a reason. Risk items are sensitive: readable by
 * permission only, and every view is written to identity's audit trail.
 */
@ApplicationModule(displayName = "Risk 矛盾隐患排查",
		allowedDependencies = { "contact", "grants", "benefits", "registry", "organization", "attachments", "workbench",
				"identity", "shared" })
@NullMarked
package org.rongjun.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
