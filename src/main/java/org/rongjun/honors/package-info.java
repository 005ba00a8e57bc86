/**
 * Honors (褒扬激励): glory plaques (光荣牌, 国办发〔2018〕72号) for the households of martyrs' and
 * deceased servicemembers' survivors, serving members and veterans, derived from the
 * registry as one plaque per household and followed from issue to hanging, replacement or
 * revocation; merit notices (立功受奖送喜报, 2020 办法) with the delivering level, deadline,
 * delivery record and a printable letter; and recruit send-offs (欢送新兵入伍, 征兵工作条例 Art 47)
 * whose conscripts' families are queued for a plaque. It publishes
 * {@link org.rongjun.honors.RecruitsSentOff}. The local award money a notice may carry
 * (浙江省军人军属权益保障条例 Art 7: 相应的物质奖励, an amount local policy sets) is recorded on the notice
 * and handed over with it; it is not paid through benefits' payment runs, which pay
 * person files, while a notice names a family.
 */
@ApplicationModule(displayName = "Honors 褒扬激励",
		allowedDependencies = { "registry", "organization", "shared", "jobs", "attachments", "workbench", "calendar" })
@NullMarked
package org.rongjun.honors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
