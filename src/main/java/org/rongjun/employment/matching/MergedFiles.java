package org.rongjun.employment.matching;

import org.rongjun.employment.seekers.Profiles;
import org.rongjun.registry.VeteransMerged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Two files of one person became one: the profile, its history and the referrals follow
 * the surviving file, once the registry's transaction has committed.
 */
@Component
class MergedFiles {

	private final Profiles profiles;

	private final Referrals referrals;

	MergedFiles(Profiles profiles, Referrals referrals) {
		this.profiles = profiles;
		this.referrals = referrals;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteransMerged event) {
		this.profiles.rekey(event.survivorId(), event.mergedId());
		this.referrals.rekey(event.survivorId(), event.mergedId());
	}

}
