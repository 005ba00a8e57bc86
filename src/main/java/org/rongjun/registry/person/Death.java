package org.rongjun.registry.person;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A reported death as stored: the date, who reported it (公安户籍注销, 家属报告, 医院证明 …) and a
 * note.
 */
public record Death(LocalDate date, String source, @Nullable String remark) {
}
