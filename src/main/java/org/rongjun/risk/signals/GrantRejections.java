package org.rongjun.risk.signals;

import org.rongjun.grants.HardshipGrantRejected;
import org.rongjun.risk.WarningSignal;
import org.rongjun.risk.Warnings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** A hardship grant (临时困难补助) refused: the need may still be there. */
@Component
class GrantRejections {

	private final Warnings warnings;

	GrantRejections(Warnings warnings) {
		this.warnings = warnings;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(HardshipGrantRejected event) {
		this.warnings.raise(new WarningSignal("GRANT_REJECTED", "临时救助未获批准", event.veteranId(), event.rejectedOn(),
				"临时困难补助申请未获批准，理由：" + event.reason(), "grant:" + event.grantId()));
	}

}
