/**
 * What a veteran's death pays, by its cause (抚恤条例 Art 32, Art 15 ¶2): the rule
 * ({@link org.rongjun.benefits.death.VeteranDeath}), the dated parameters of the 一次性抚恤金
 * formula, the effect recorded once per death and its preview.
 */
@NullMarked
package org.rongjun.benefits.death;

import org.jspecify.annotations.NullMarked;
