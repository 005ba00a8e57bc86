package org.rongjun.care.plans;

import org.rongjun.registry.VeteranDied;
import org.rongjun.registry.VeteranTransferred;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps plan target lists current when registry records a death or a move: once the
 * registry's transaction has committed, in a transaction of its own.
 */
@Component
class RegistryChanges {

	private final VisitPlanService plans;

	RegistryChanges(VisitPlanService plans) {
		this.plans = plans;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteranDied event) {
		this.plans.resync(event.veteranId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteranTransferred event) {
		this.plans.resync(event.veteranId());
	}

}
