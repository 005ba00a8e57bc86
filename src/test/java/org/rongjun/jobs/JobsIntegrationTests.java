package org.rongjun.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobsIntegrationTests {

	@LocalServerPort
	int port;

	final Jobs jobs;

	final JdbcClient jdbc;

	JobsIntegrationTests(Jobs jobs, JdbcClient jdbc) {
		this.jobs = jobs;
		this.jdbc = jdbc;
	}

	/**
	 * Issue 14 item 4: a payment run resumed at start-up was failed by the sweep of
	 * interrupted jobs while it ran. The sweep fails only what nobody runs any more.
	 */
	@Test
	void theSweepFailsJobsOfAnEarlierIncarnationAndOfDeadNodesButNotRunningOnes() throws Exception {
		CountDownLatch finish = new CountDownLatch(1);
		long running = this.jobs.start("TEST", "运行中的任务", "county.staff", (context) -> {
			finish.await(30, TimeUnit.SECONDS);
			return new JobOutcome("完成", null);
		});
		String node = this.jdbc.sql("select node from jobs.job where id = :id")
			.param("id", running)
			.query(String.class)
			.single();
		long beforeRestart = runningRow(node, "an-earlier-incarnation", "now() + interval '1 minute'");
		long otherNodeAlive = runningRow("another-node", "alive", "now() + interval '1 minute'");
		long otherNodeDead = runningRow("another-node", "dead", "now() - interval '1 second'");
		long fromBeforeLeases = runningRow(null, null, "null");
		try {
			this.jobs.failAbandonedJobs();

			assertThat(status(running)).isEqualTo("RUNNING");
			assertThat(status(otherNodeAlive)).isEqualTo("RUNNING");
			assertThat(status(beforeRestart)).isEqualTo("FAILED");
			assertThat(status(otherNodeDead)).isEqualTo("FAILED");
			assertThat(status(fromBeforeLeases)).isEqualTo("FAILED");
		}
		finally {
			finish.countDown();
			this.jdbc.sql("update jobs.job set status = 'FAILED' where id = :id").param("id", otherNodeAlive).update();
		}
		assertThat(awaitEnd(running, "county.staff").status()).isEqualTo(JobStatus.SUCCEEDED);
	}

	private long runningRow(String node, String incarnation, String leaseUntil) {
		return this.jdbc.sql("""
				insert into jobs.job (kind, title, owner, status, node, incarnation, lease_until)
				values ('TEST', '别处的任务', 'county.staff', 'RUNNING', :node, :incarnation, %s) returning id
				""".formatted(leaseUntil))
			.param("node", node)
			.param("incarnation", incarnation)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return this.jdbc.sql("select status from jobs.job where id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void aFinishedJobShowsFullProgressItsSummaryAndItsFileToItsOwnerOnly() {
		long id = this.jobs.start("TEST", "测试任务", "county.staff", (context) -> {
			context.total(3);
			for (int i = 1; i <= 3; i++) {
				context.progress(i);
			}
			return new JobOutcome("完成 3 条",
					new JobFile("结果.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)));
		});
		Job done = awaitEnd(id, "county.staff");
		assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.summary()).isEqualTo("完成 3 条");

		ApiClient owner = ApiClient.loggedIn(this.port, "county.staff");
		assertThat(owner.get("/api/jobs/" + id).expect(200).json().get("status").asString()).isEqualTo("SUCCEEDED");
		var file = owner.get("/api/jobs/" + id + "/file").expect(200);
		assertThat(file.body()).isEqualTo("a,b\n");
		assertThat(file.headers().get("content-disposition").get(0)).contains("filename*=UTF-8''");

		ApiClient stranger = ApiClient.loggedIn(this.port, "xitang.staff");
		stranger.get("/api/jobs/" + id).expect(404);
		stranger.get("/api/jobs/" + id + "/file").expect(404);
	}

	@Test
	void aRunningJobStopsWhenItsOwnerCancelsIt() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		long id = this.jobs.start("TEST", "可取消任务", "county.staff", (context) -> {
			context.total(1_000_000);
			started.countDown();
			long done = 0;
			while (!context.cancelled() && done < 1_000_000) {
				context.progress(++done);
				Thread.sleep(1);
			}
			return new JobOutcome("已处理 " + done + " 条", null);
		});
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		ApiClient owner = ApiClient.loggedIn(this.port, "county.staff");
		owner.post("/api/jobs/" + id + "/cancel", Map.of()).expect(204);
		Job cancelled = awaitEnd(id, "county.staff");
		assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
		assertThat(cancelled.processed()).isLessThan(1_000_000);
		owner.post("/api/jobs/" + id + "/cancel", Map.of()).expect(409);
	}

	@Test
	void aFailingJobEndsFailedWithAReason() {
		long id = this.jobs.start("TEST", "会失败的任务", "county.staff", (context) -> {
			throw new IllegalStateException("boom");
		});
		Job failed = awaitEnd(id, "county.staff");
		assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
		assertThat(failed.summary()).startsWith("任务失败");
	}

	private Job awaitEnd(long id, String owner) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Job job = this.jobs.get(id, owner);
			if (job.status() != JobStatus.RUNNING) {
				return job;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("job " + id + " did not end");
	}

}
