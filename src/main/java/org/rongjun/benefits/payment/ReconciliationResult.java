package org.rongjun.benefits.payment;

import java.util.List;

/**
 * What a bank return file did: lines settled paid and failed, and references not matched.
 */
public record ReconciliationResult(long paidLines, long failedLines, List<String> unmatched) {
}
