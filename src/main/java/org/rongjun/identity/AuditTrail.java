package org.rongjun.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log (操作日志, 等保 8.1.4.3): logins, failures, denials and every write. Each entry
 * is written in a transaction of its own, so a request that fails and rolls back still
 * leaves its trace, and appends are serialised by an advisory lock so the chain has no
 * forks.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final AuditRepository entries;

	private final TransactionTemplate ownTransaction;

	AuditTrail(AuditRepository entries, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void record(AuditEvent event) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.entries.lockChain();
			Optional<AuditEntry> last = this.entries.last();
			long id = last.map((entry) -> entry.id() + 1).orElse(1L);
			String prevHash = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
			// PostgreSQL keeps microseconds; hash exactly what is stored.
			Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
			this.entries.insert(id, at, event, prevHash, AuditEntry.hashOf(id, at, event, prevHash));
		});
	}

	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(AuditQuery query, RegionScope scope, PageQuery page) {
		boolean seesUnscoped = scope.root()
			.map((root) -> root.level().ordinal() <= RegionLevel.COUNTY.ordinal())
			.orElse(false);
		return this.entries.search(query, scope, seesUnscoped, page);
	}

	/**
	 * Walks the whole chain: every entry must follow its predecessor without a gap in the
	 * ids, carry its predecessor's hash, and hash to what it stores. An edited row fails
	 * the last check, a deleted one the first, a re-hashed forgery the second on the row
	 * after it.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		long[] checked = { 0 };
		Long[] firstBroken = { null };
		String[] previousHash = { AuditEntry.GENESIS };
		long[] expectedId = { 1 };
		this.entries.forEachInOrder((entry) -> {
			if (firstBroken[0] != null) {
				return;
			}
			checked[0]++;
			boolean intact = entry.id() == expectedId[0] && entry.prevHash().equals(previousHash[0])
					&& entry.hash().equals(entry.recomputedHash());
			if (!intact) {
				firstBroken[0] = entry.id();
				log.warn("Audit chain broken at entry {}", entry.id());
			}
			previousHash[0] = entry.hash();
			expectedId[0] = entry.id() + 1;
		});
		return new AuditVerification(firstBroken[0] == null, checked[0], firstBroken[0]);
	}

}
