package org.rongjun.employment.matching;

import org.rongjun.employment.seekers.Profiles;
import org.rongjun.registry.VeteransMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one: the profile, its history and the referrals follow
 * the surviving file (ADR 0015, 0022), heard after the registry's transaction committed.
 */
@Component
class MergedProfiles {

	private final Profiles profiles;

	private final Referrals referrals;

	MergedProfiles(Profiles profiles, Referrals referrals) {
		this.profiles = profiles;
		this.referrals = referrals;
	}

	@ApplicationModuleListener(id = "employment.merged-files.veterans-merged")
	void on(VeteransMerged event) {
		this.profiles.rekey(event.survivorId(), event.mergedId());
		this.referrals.rekey(event.survivorId(), event.mergedId());
	}

}
