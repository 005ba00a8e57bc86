package org.rongjun.portal;

import org.rongjun.registry.VeteransMerged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Portal accounts and code tickets follow a merged file to its survivor. */
@Component
class MergedFiles {

	private final AccountRepository accounts;

	MergedFiles(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(VeteransMerged merged) {
		this.accounts.merge(merged.survivorId(), merged.mergedId());
	}

}
