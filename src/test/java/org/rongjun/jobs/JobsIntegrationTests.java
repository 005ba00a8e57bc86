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

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobsIntegrationTests {

	@LocalServerPort
	int port;

	final Jobs jobs;

	JobsIntegrationTests(Jobs jobs) {
		this.jobs = jobs;
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
