package org.rongjun.registry.person;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.DeathCause;

/**
 * A reported death as stored: the date, who reported it (公安户籍注销, 家属报告, 医院证明 …), its cause
 * (死亡性质) and the documents it rests on (死亡证明编号 …), and a note.
 */
public record Death(LocalDate date, String source, @Nullable String remark, @Nullable DeathCause cause,
		@Nullable String documents) {
}
