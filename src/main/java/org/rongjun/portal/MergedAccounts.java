package org.rongjun.portal;

import org.rongjun.registry.VeteransMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Portal accounts and code tickets follow a merged file to its survivor. */
@Component
class MergedAccounts {

	private final AccountRepository accounts;

	MergedAccounts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@ApplicationModuleListener(id = "portal.merged-files.veterans-merged")
	void on(VeteransMerged merged) {
		this.accounts.merge(merged.survivorId(), merged.mergedId());
	}

}
