package org.rongjun.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier of the keyed audit chain (ADR 0020) on rows made in memory: the transition
 * from the unkeyed chain, key rotation, a cut tail and a rewrite that only an anchor
 * catches.
 */
class AuditChainCheckTests {

	static final String OLD_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

	static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

	final AuditKeys keys = new AuditKeys(AuditKeys.DEMO_KEY, 2, AuditKeys.DEMO_SIGNING_KEY,
			new MockEnvironment().withProperty("rongjun.audit.retired-keys.1", OLD_KEY));

	@Test
	void unkeyedRowsFromBeforeTheKeyedChainStillVerifyAndTheFirstKeyedRowBindsTheirHead() {
		List<AuditEntry> chain = new Chain().unkeyed(3).keyed(1, 2).keyed(2, 2).rows;
		assertThat(check(chain, List.of()).intact()).isTrue();
	}

	@Test
	void anUnkeyedRowAfterKeyedOnesIsAForgery() {
		List<AuditEntry> chain = new Chain().keyed(2, 2).unkeyed(1).rows;
		AuditVerification result = check(chain, List.of());
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(3);
	}

	@Test
	void rowsUnderARetiredKeyVerifyOnlyWhileThatKeyIsConfigured() {
		List<AuditEntry> chain = new Chain().keyed(1, 2).keyed(2, 2).rows;
		assertThat(check(chain, List.of()).intact()).isTrue();
		AuditKeys withoutRetired = new AuditKeys(AuditKeys.DEMO_KEY, 2, AuditKeys.DEMO_SIGNING_KEY,
				new MockEnvironment());
		AuditChainCheck check = new AuditChainCheck(withoutRetired, new AuditAnchors.Anchors(List.of(), List.of()));
		chain.forEach(check::accept);
		assertThat(check.result().problem()).contains("审计密钥 #1 未配置");
	}

	@Test
	void aTailCutBelowTheHighestAnchorIsReported() {
		List<AuditEntry> chain = new Chain().keyed(2, 5).rows;
		List<AuditAnchors.Anchor> anchors = List.of(anchor(chain.get(4)));
		AuditVerification result = check(chain.subList(0, 3), anchors);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(4);
		assertThat(result.lastAnchoredId()).isEqualTo(5);
	}

	@Test
	void aChainRewrittenWithTheKeyItselfStillDisagreesWithTheAnchor() {
		Chain original = new Chain().keyed(2, 4);
		List<AuditEntry> rewritten = new Chain().keyed(2, 1).keyedWithDetail(2, 3, "forged").rows;
		AuditVerification result = check(rewritten, List.of(anchor(original.rows.get(3))));
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(4);
	}

	private AuditVerification check(List<AuditEntry> rows, List<AuditAnchors.Anchor> anchors) {
		AuditChainCheck check = new AuditChainCheck(this.keys, new AuditAnchors.Anchors(anchors, List.of()));
		rows.forEach(check::accept);
		return check.result();
	}

	private static AuditAnchors.Anchor anchor(AuditEntry head) {
		return new AuditAnchors.Anchor(AT, head.id(), head.id(), head.hash(), "TEST", "", "");
	}

	/** Builds a chain row by row, as AuditTrail would have written it. */
	private final class Chain {

		final List<AuditEntry> rows = new ArrayList<>();

		Chain unkeyed(int n) {
			for (int i = 0; i < n; i++) {
				long id = this.rows.size() + 1;
				AuditEvent event = event(id, null);
				add(event, AuditEntry.UNKEYED, AuditEntry.unkeyedHash(id, AT, event, previous()));
			}
			return this;
		}

		Chain keyed(int keyId, int n) {
			return keyedWithDetail(keyId, n, null);
		}

		Chain keyedWithDetail(int keyId, int n, String detail) {
			for (int i = 0; i < n; i++) {
				long id = this.rows.size() + 1;
				AuditEvent event = event(id, detail);
				add(event, keyId, AuditChainCheckTests.this.keys.hmac(keyId,
						AuditEntry.canonical(id, AT, event, keyId, previous())));
			}
			return this;
		}

		private AuditEvent event(long id, String detail) {
			return new AuditEvent("tester", "330421000000", "WRITE", "测试", "对象 #" + id, "POST /api/test",
					AuditOutcome.SUCCESS, "127.0.0.1", detail);
		}

		private void add(AuditEvent event, int keyId, String hash) {
			long id = this.rows.size() + 1;
			this.rows.add(new AuditEntry(id, AT, event.username(), event.scopeCode(), event.action(), event.operation(),
					event.object(), event.target(), event.outcome(), event.ip(), event.detail(), keyId, previous(),
					hash));
		}

		private String previous() {
			return this.rows.isEmpty() ? AuditEntry.GENESIS : this.rows.get(this.rows.size() - 1).hash();
		}

	}

}
