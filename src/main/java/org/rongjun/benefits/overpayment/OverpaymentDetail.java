package org.rongjun.benefits.overpayment;

import java.util.List;

/** An overpayment with its recoveries and its history, for the detail drawer. */
public record OverpaymentDetail(Overpayment overpayment, List<Recovery> recoveries, List<OverpaymentEvent> history) {
}
