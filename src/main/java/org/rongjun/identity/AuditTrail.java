package org.rongjun.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
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
 * The audit log (操作日志, 等保 8.1.4.3): logins, failures, denials, every write and every
 * export. Each entry is written in a transaction of its own, so a request that fails and
 * rolls back still leaves its trace, and appends are serialised by an advisory lock so
 * the chain has no forks. Each row carries the HMAC-SM3, under a key kept outside the
 * database, of its content and its predecessor's hash; anchors of the head are kept
 * outside the database too (ADR 0020).
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final AuditRepository entries;

	private final AuditKeys keys;

	private final AuditAnchors anchors;

	private final TransactionTemplate ownTransaction;

	AuditTrail(AuditRepository entries, AuditKeys keys, AuditAnchors anchors, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.keys = keys;
		this.anchors = anchors;
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
			int keyId = this.keys.currentKeyId();
			String hash = this.keys.hmac(keyId, AuditEntry.canonical(id, at, event, keyId, prevHash));
			this.entries.insert(id, at, event, keyId, prevHash, Objects.requireNonNull(hash));
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
	 * Walks the whole chain and holds it against every anchor kept outside the database
	 * ({@link AuditChainCheck}).
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AuditChainCheck check = new AuditChainCheck(this.keys, this.anchors.load());
		this.entries.forEachInOrder(check::accept);
		AuditVerification result = check.result();
		if (!result.intact()) {
			log.warn("Audit chain check failed: {} (first broken entry {})", result.problem(), result.firstBrokenId());
		}
		return result;
	}

}
