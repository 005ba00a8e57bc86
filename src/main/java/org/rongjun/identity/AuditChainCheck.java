package org.rongjun.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The verifier of the audit chain (ADR 0020), fed the rows in id order. Every row must
 * follow its predecessor without a gap in the ids, carry its predecessor's hash and the
 * HMAC of its content under the key it names, and match the hash any anchor recorded for
 * its id; the chain must reach the highest anchored id. Unkeyed rows (from before the
 * keyed chain) may only precede keyed ones. So an edited row fails its HMAC, a deleted
 * one the ids, a chain recomputed without the key the HMAC, one recomputed with a stolen
 * key the anchors, and a cut-off tail the anchors.
 */
final class AuditChainCheck {

	private final AuditKeys keys;

	private final AuditAnchors.Anchors anchors;

	private final Map<Long, String> anchoredHashes = new HashMap<>();

	private long highestAnchored;

	private @Nullable Instant lastAnchorAt;

	private long checked;

	private long lastId;

	private @Nullable Long firstBroken;

	private @Nullable String problem;

	private String previousHash = AuditEntry.GENESIS;

	private boolean keyed;

	AuditChainCheck(AuditKeys keys, AuditAnchors.Anchors anchors) {
		this.keys = keys;
		this.anchors = anchors;
		for (AuditAnchors.Anchor anchor : anchors.valid()) {
			this.anchoredHashes.put(anchor.lastId(), anchor.lastHash());
			this.highestAnchored = Math.max(this.highestAnchored, anchor.lastId());
			this.lastAnchorAt = anchor.at();
		}
	}

	void accept(AuditEntry entry) {
		if (this.firstBroken != null) {
			return;
		}
		this.checked++;
		String expected = entry.expectedHash(this.keys);
		String anchoredHash = this.anchoredHashes.get(entry.id());
		if (entry.id() != this.lastId + 1) {
			broken(this.lastId + 1, "第 " + (this.lastId + 1) + " 条记录缺失");
		}
		else if (!entry.prevHash().equals(this.previousHash)) {
			broken(entry.id(), "第 " + entry.id() + " 条记录与前一条不相接");
		}
		else if (entry.keyId() == AuditEntry.UNKEYED && this.keyed) {
			broken(entry.id(), "第 " + entry.id() + " 条记录没有使用审计密钥");
		}
		else if (expected == null) {
			broken(entry.id(), "第 " + entry.id() + " 条记录使用的审计密钥 #" + entry.keyId() + " 未配置");
		}
		else if (!expected.equals(entry.hash())) {
			broken(entry.id(), "第 " + entry.id() + " 条记录的内容被改动");
		}
		else if (anchoredHash != null && !anchoredHash.equals(entry.hash())) {
			broken(entry.id(), "第 " + entry.id() + " 条记录与锚点不符：自此以后的记录被重写");
		}
		this.keyed |= entry.keyId() != AuditEntry.UNKEYED;
		this.previousHash = entry.hash();
		this.lastId = entry.id();
	}

	AuditVerification result() {
		if (this.firstBroken == null && this.lastId < this.highestAnchored) {
			broken(this.lastId + 1, "末尾的记录被删除：锚点记录到第 " + this.highestAnchored + " 条，现仅到第 " + this.lastId + " 条");
		}
		if (this.problem == null && !this.anchors.problems().isEmpty()) {
			this.problem = String.join("；", this.anchors.problems());
		}
		return new AuditVerification(this.problem == null, this.checked, this.firstBroken, this.anchors.valid().size(),
				this.lastAnchorAt, (this.highestAnchored > 0) ? this.highestAnchored : null, this.problem);
	}

	private void broken(long id, String reason) {
		this.firstBroken = id;
		this.problem = reason;
	}

}
