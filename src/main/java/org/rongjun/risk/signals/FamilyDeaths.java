package org.rongjun.risk.signals;

import org.rongjun.registry.FamilyMemberDied;
import org.rongjun.risk.WarningSignal;
import org.rongjun.risk.Warnings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** A death in the household: grief, lost income, inheritance disputes. */
@Component
class FamilyDeaths {

	private final Warnings warnings;

	FamilyDeaths(Warnings warnings) {
		this.warnings = warnings;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(FamilyMemberDied event) {
		this.warnings.raise(new WarningSignal("FAMILY_DEATH", "家庭成员去世", event.veteranId(), event.reportedOn(),
				"家庭成员于" + event.deathDate() + "去世，请关注家庭生活和情绪", "family-member:" + event.familyMemberId()));
	}

}
