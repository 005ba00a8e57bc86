package org.rongjun.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 5: a POST retried with its Idempotency-Key answers the first result and
 * makes no second record, also after a crash at any point of the first attempt.
 */
@IntegrationTest
class IdempotencyIntegrationTests {

	private static final String ARTICLES = "/api/publicity/articles";

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	final IdempotencyKeyRepository keys;

	IdempotencyIntegrationTests(JdbcClient jdbc, TransactionTemplate transactions, IdempotencyKeyRepository keys) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keys = keys;
	}

	@Test
	void aRetriedKeyReturnsTheFirstResultInsteadOfASecondRecord() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String key = newKey();
		String body = article("幂等测试通知甲");
		var first = staff.postJson(ARTICLES, body, Map.of("Idempotency-Key", key)).expect(201);
		var retry = staff.postJson(ARTICLES, body, Map.of("Idempotency-Key", key)).expect(201);

		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().get("idempotency-replayed")).containsExactly("true");
		assertThat(articles("幂等测试通知甲")).isEqualTo(1);
		// without a key the same request is a new one
		staff.postJson(ARTICLES, body, Map.of()).expect(201);
		assertThat(articles("幂等测试通知甲")).isEqualTo(2);
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefused() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String key = newKey();
		staff.postJson(ARTICLES, article("幂等测试通知乙"), Map.of("Idempotency-Key", key)).expect(201);
		var other = staff.postJson(ARTICLES, article("幂等测试通知丙"), Map.of("Idempotency-Key", key));
		assertThat(other.status()).isEqualTo(422);
		ProblemDetailsIntegrationTests.assertOneChineseProblem(other.contentType(), other.body(),
				"IDEMPOTENCY_KEY_REUSED");
		assertThat(articles("幂等测试通知丙")).isZero();
	}

	@Test
	void aRequestThatFailedFreesItsKeyForTheCorrectedOne() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String key = newKey();
		staff.postJson(ARTICLES, "{\"title\":\"\",\"body\":\"正文\"}", Map.of("Idempotency-Key", key)).expect(400);
		staff.postJson(ARTICLES, article("幂等测试通知丁"), Map.of("Idempotency-Key", key)).expect(201);
		assertThat(articles("幂等测试通知丁")).isEqualTo(1);
	}

	@Test
	void concurrentDuplicatesMakeOneRecordAndBothGetItsAnswer() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String key = newKey();
		String body = article("幂等测试通知戊");
		CyclicBarrier together = new CyclicBarrier(3);
		List<CompletableFuture<ApiClient.Response>> answers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					together.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return staff.postJson(ARTICLES, body, Map.of("Idempotency-Key", key));
			}));
		}
		List<ApiClient.Response> done = answers.stream().map(CompletableFuture::join).toList();
		assertThat(done).extracting(ApiClient.Response::status).containsOnly(201);
		assertThat(done).extracting(ApiClient.Response::body).containsOnly(done.get(0).body());
		assertThat(articles("幂等测试通知戊")).isEqualTo(1);
	}

	/**
	 * A crash after the records were committed but before the answer was stored: the key
	 * was marked in the same transaction, so the retry is not run again.
	 */
	@Test
	void aRetryAfterACrashThatCameAfterTheCommitIsNotRunAgain() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String key = newKey();
		String body = article("幂等测试通知己");
		leftByAnEarlierIncarnation("county.staff", key, body, "COMMITTED");

		var retry = staff.postJson(ARTICLES, body, Map.of("Idempotency-Key", key));
		assertThat(retry.status()).isEqualTo(409);
		ProblemDetailsIntegrationTests.assertOneChineseProblem(retry.contentType(), retry.body(),
				"IDEMPOTENCY_ALREADY_DONE");
		assertThat(articles("幂等测试通知己")).isZero();
	}

	/** A crash before the commit: nothing was written, so the retry runs, once. */
	@Test
	void aRetryAfterACrashThatCameBeforeTheCommitRunsOnce() throws Exception {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String key = newKey();
		String body = article("幂等测试通知庚");
		leftByAnEarlierIncarnation("county.staff", key, body, "IN_PROGRESS");

		staff.postJson(ARTICLES, body, Map.of("Idempotency-Key", key)).expect(201);
		staff.postJson(ARTICLES, body, Map.of("Idempotency-Key", key)).expect(201);
		assertThat(articles("幂等测试通知庚")).isEqualTo(1);
	}

	/** The marker commits with the request's own transaction, or not at all. */
	@Test
	void theKeyIsMarkedCommittedInsideTheTransactionThatWritesTheRecords() {
		IdempotentRequest committing = new IdempotentRequest("county.staff", newKey(), "test-node", "this-one");
		IdempotentRequest rollingBack = new IdempotentRequest("county.staff", newKey(), "test-node", "this-one");
		for (IdempotentRequest request : List.of(committing, rollingBack)) {
			assertThat(this.keys.claim(request, new byte[32])).isTrue();
			request.bind();
			try {
				this.transactions.executeWithoutResult((status) -> {
					this.jdbc.sql("select 1").query(Integer.class).single();
					if (request == rollingBack) {
						status.setRollbackOnly();
					}
				});
			}
			finally {
				IdempotentRequest.unbind();
			}
		}
		assertThat(this.keys.find(committing).orElseThrow().state())
			.isEqualTo(IdempotencyKeyRepository.State.COMMITTED);
		assertThat(this.keys.find(rollingBack).orElseThrow().state())
			.isEqualTo(IdempotencyKeyRepository.State.IN_PROGRESS);
	}

	private void leftByAnEarlierIncarnation(String username, String key, String body, String state) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		digest.update(("POST " + ARTICLES + "?\n").getBytes(StandardCharsets.UTF_8));
		byte[] hash = digest.digest(body.getBytes(StandardCharsets.UTF_8));
		this.jdbc.sql("""
				insert into platform.idempotency_key
				    (username, key, request_hash, state, node, incarnation, lease_until, expires_at)
				values (:username, :key, :hash, :state, 'test-node', 'before-the-crash',
				        now() + interval '1 minute', now() + interval '1 day')
				""").param("username", username).param("key", key).param("hash", hash).param("state", state).update();
	}

	private long articles(String title) {
		return this.jdbc.sql("select count(*) from publicity.policy_article where title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private static String article(String title) {
		return "{\"title\":\"" + title + "\",\"body\":\"" + title + "的正文。\",\"channels\":[\"PORTAL\"]}";
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

}
