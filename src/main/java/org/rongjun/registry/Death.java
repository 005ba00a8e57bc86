package org.rongjun.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A reported death as stored: the date, who reported it (公安户籍注销, 家属报告, 医院证明 …) and a
 * note.
 */
record Death(LocalDate date, String source, @Nullable String remark) {
}
