package org.rongjun.risk.signals;

import java.time.Clock;
import java.time.LocalDate;

import org.rongjun.registry.BeneficiaryStatusChanged;
import org.rongjun.risk.WarningSignal;
import org.rongjun.risk.Warnings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** A benefit stopped (停发, 中止 or 取消): the person may contest it or fall into hardship. */
@Component
class PaymentStops {

	private final Warnings warnings;

	private final Clock clock;

	PaymentStops(Warnings warnings, Clock clock) {
		this.warnings = warnings;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(BeneficiaryStatusChanged event) {
		if (!event.stopsPayment()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.warnings.raise(new WarningSignal("PAYMENT_STOPPED", "待遇停发", event.veteranId(), today,
				event.personName() + "的优抚待遇（类别 " + event.category() + "）已" + event.to().label()
						+ ((event.reason() != null) ? "，原因：" + event.reason() : ""),
				"beneficiary:" + event.beneficiaryId() + ":" + event.to() + ":" + today));
	}

}
