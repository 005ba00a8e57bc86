package org.rongjun.risk.signals;

import org.rongjun.contact.ContactRecorded;
import org.rongjun.contact.Mood;
import org.rongjun.risk.WarningSignal;
import org.rongjun.risk.Warnings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** A liaison found the person's 思想动态 unsettled (波动). */
@Component
class UnsettledMoods {

	private final Warnings warnings;

	UnsettledMoods(Warnings warnings) {
		this.warnings = warnings;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ContactRecorded event) {
		if (event.mood() != Mood.UNSTABLE) {
			return;
		}
		this.warnings.raise(new WarningSignal("MOOD_UNSTABLE", "思想动态波动", event.veteranId(), event.contactedOn(),
				"联系时思想动态为“波动”" + ((event.summary() != null) ? "：" + event.summary() : ""),
				"contact:" + event.recordId()));
	}

}
