package org.rongjun.care.plans;

import org.rongjun.registry.VeteranDied;
import org.rongjun.registry.VeteranTransferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps plan target lists current when registry records a death or a move: once the
 * registry's transaction has committed, in a transaction of its own, delivered after a
 * restart if the application stopped first (ADR 0022). A resync is idempotent.
 */
@Component
class RegistryChanges {

	private final VisitPlanService plans;

	RegistryChanges(VisitPlanService plans) {
		this.plans = plans;
	}

	@ApplicationModuleListener(id = "care.registry-changes.veteran-died")
	void on(VeteranDied event) {
		this.plans.resync(event.veteranId());
	}

	@ApplicationModuleListener(id = "care.registry-changes.veteran-transferred")
	void on(VeteranTransferred event) {
		this.plans.resync(event.veteranId());
	}

}
