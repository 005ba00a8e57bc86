package org.rongjun.workbench;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.ApiClient;
import org.rongjun.support.PaymentRunsApi;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WorkbenchIntegrationTests {

	@LocalServerPort
	int port;

	final Workbench workbench;

	WorkbenchIntegrationTests(Workbench workbench) {
		this.workbench = workbench;
	}

	@Test
	void theBoardCountsTheSameRemindersAsTheReminderQueueOfTheUsersScope() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long queued = county.get("/api/registry/reminders?days=30&size=1").expect(200).json().get("total").asLong();

		JsonNode board = county.get("/api/workbench").expect(200).json();

		assertThat(queued).isPositive();
		assertThat(countOf(board, "registry.reminders")).isEqualTo(queued);
	}

	@Test
	void theBoardCountsTheSameOverdueAndDueVisitsAsTheCountdown() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long red = county.get("/api/care/countdown?colour=RED&size=1").expect(200).json().get("total").asLong();
		long yellow = county.get("/api/care/countdown?colour=YELLOW&size=1").expect(200).json().get("total").asLong();

		JsonNode board = county.get("/api/workbench").expect(200).json();

		assertThat(red + yellow).isPositive();
		assertThat(countOf(board, "care.visits-overdue")).isEqualTo(red);
		assertThat(countOf(board, "care.visits-due")).isEqualTo(yellow);
	}

	@Test
	void aUserWithoutThePermissionsSeesNoneOfThatWork() {
		List<WorkItem> items = this.workbench
			.open(new Worker("nobody", RegionScope.of(RegionCode.of("330421000000")), Set.of()));
		assertThat(items).extracting(WorkItem::module).doesNotContain("registry");
	}

	@Test
	void aTownshipSeesNoMoreThanItsCounty() {
		long county = countOf(ApiClient.loggedIn(this.port, "county.staff").get("/api/workbench").expect(200).json(),
				"registry.reminders");
		long township = countOf(ApiClient.loggedIn(this.port, "xitang.staff").get("/api/workbench").expect(200).json(),
				"registry.reminders");
		assertThat(township).isLessThan(county);
	}

	@Test
	void aPreparedPaymentRunWaitsOnTheCheckersBoardNotOnThePreparers() throws InterruptedException {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		long makerBefore = countOf(maker.get("/api/workbench").expect(200).json(), "benefits.runs");
		long checkerBefore = countOf(checker.get("/api/workbench").expect(200).json(), "benefits.runs");

		long run = maker
			.post("/api/benefits/runs", Map.of("benefitType", "SURVIVOR_PENSION", "regionCode", "330421000000",
					"firstMonth", "2035-03", "months", 1))
			.expect(202)
			.json()
			.get("id")
			.asLong();
		PaymentRunsApi.awaitPrepared(maker, run);

		assertThat(countOf(checker.get("/api/workbench").expect(200).json(), "benefits.runs"))
			.isEqualTo(checkerBefore + 1);
		assertThat(countOf(maker.get("/api/workbench").expect(200).json(), "benefits.runs")).isEqualTo(makerBefore);
		// a run waiting for its checker has no deadline close by: 待处理, not 即将到期
		assertThat(itemOf(checker.get("/api/workbench").expect(200).json(), "benefits.runs").get("urgency").asString())
			.isEqualTo("NORMAL");
	}

	private static JsonNode itemOf(JsonNode board, String key) {
		for (JsonNode item : board) {
			if (item.get("key").asString().equals(key)) {
				return item;
			}
		}
		throw new AssertionError("no work item " + key + " on " + board);
	}

	private static long countOf(JsonNode board, String key) {
		for (JsonNode item : board) {
			if (item.get("key").asString().equals(key)) {
				return item.get("count").asLong();
			}
		}
		return 0;
	}

}
