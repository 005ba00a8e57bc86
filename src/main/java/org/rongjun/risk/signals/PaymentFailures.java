package org.rongjun.risk.signals;

import java.time.Clock;
import java.time.LocalDate;

import org.rongjun.benefits.PaymentFailedRepeatedly;
import org.rongjun.risk.WarningSignal;
import org.rongjun.risk.Warnings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** A pension or subsidy the bank failed to pay twice or more in a row. */
@Component
class PaymentFailures {

	private final Warnings warnings;

	private final Clock clock;

	PaymentFailures(Warnings warnings, Clock clock) {
		this.warnings = warnings;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PaymentFailedRepeatedly event) {
		this.warnings
			.raise(new WarningSignal("PAYMENT_FAILED", "待遇发放连续失败", event.veteranId(), LocalDate.now(this.clock),
					"待遇已连续" + event.failures() + "次发放失败（最近一次批次 #" + event.runId() + "，原因：" + event.reason() + "）",
					"payment:" + event.beneficiaryId() + ":" + event.runId()));
	}

}
