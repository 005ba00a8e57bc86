/**
 * Where early warnings come from: one listener per signal, each turning another module's
 * event into a {@link org.rongjun.risk.WarningSignal}. A new source (e.g. petitions) is
 * one more class here.
 */
@NullMarked
package org.rongjun.risk.signals;

import org.jspecify.annotations.NullMarked;
