/**
 * Petitions (信访) under 信访工作条例 2022: intake by channel with a registration number, the
 * petitioner (a registered person or not, numbers encrypted), group petitions with at
 * most five representatives, the three classes, and the statutory clocks on the
 * working-day calendar — written notice of acceptance within 15 days and an objection
 * within 5 working days (Art 23), handling within 60 days plus at most 30 approved by a
 * leader (Art 34), 复查 and 复核 within 30 days each, hearing time excluded (Art 35, 36) —
 * with warnings three working days ahead and escalation when missed. 检举 material is never
 * shown to the accused (Art 30); handlers linked to a matter withdraw (Art 28). Publishes
 * {@link org.rongjun.petitions.PetitionFiled},
 * {@link org.rongjun.petitions.PetitionReviewRequested} and
 * {@link org.rongjun.petitions.PetitionDeadlineMissed}.
 */
@ApplicationModule(displayName = "Petitions 信访",
		allowedDependencies = { "calendar", "registry", "identity", "organization", "workbench", "shared" })
@NullMarked
package org.rongjun.petitions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
