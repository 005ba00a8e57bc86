/**
 * 追缴: recovering what was paid for months after a death reported late. Staff record
 * partial recoveries until the amount is back (RECOVERED), or write the rest off (核销,
 * WAIVED) on a request that a second person approves.
 */
@NullMarked
package org.rongjun.benefits.overpayment;

import org.jspecify.annotations.NullMarked;
