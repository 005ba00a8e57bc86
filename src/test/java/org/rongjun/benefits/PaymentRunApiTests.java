package org.rongjun.benefits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.PaymentRunsApi;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance path through the API: prepare a run for the demo county, approve
 * as a second user, download the bank file, upload a return file with 3 failures, see 3
 * failed in the reconciliation, and a follow-up run pays exactly those 3.
 */
@IntegrationTest
class PaymentRunApiTests {

	@LocalServerPort
	int port;

	@Test
	void aRunIsPreparedApprovedByASecondPersonExportedReconciledAndItsFailuresPaidByAFollowUp() throws Exception {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		JsonNode run = maker
			.post("/api/benefits/runs", Map.of("benefitType", "DISABILITY_PENSION", "regionCode", "330421000000",
					"firstMonth", "2031-01", "months", 1))
			.expect(202)
			.json();
		long id = run.get("id").asLong();
		run = PaymentRunsApi.awaitPrepared(maker, id);
		assertThat(run.get("lineCount").asLong()).isPositive();
		assertThat(run.get("totalFen").asLong()).isPositive();

		// maker-checker: the preparer cannot approve
		ApiClient.Response own = maker.post("/api/benefits/runs/" + id + "/approve", Map.of());
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("code").asString()).isEqualTo("SAME_PERSON");
		checker.post("/api/benefits/runs/" + id + "/approve", Map.of()).expect(200);
		maker.post("/api/benefits/runs/" + id + "/export", Map.of()).expect(200);

		String file = maker.get("/api/benefits/runs/" + id + "/bank-file?format=CSV").expect(200).body();
		List<String> records = file.lines().skip(1).toList();
		assertThat(records).hasSize((int) run.get("lineCount").asLong());
		assertThat(records.get(0).split(",")[2]).matches("\\d{12,30}"); // full account in
																		// the file
		String fixed = maker.get("/api/benefits/runs/" + id + "/bank-file?format=FIXED").expect(200).body();
		assertThat(fixed.lines().count()).isEqualTo(records.size());

		StringBuilder returned = new StringBuilder("reference,status,reason\n");
		List<String> failedReferences = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			String reference = records.get(i).split(",")[0];
			if (i < 3) {
				failedReferences.add(reference);
				returned.append(reference).append(",FAILED,账户已销户\n");
			}
			else {
				returned.append(reference).append(",PAID,\n");
			}
		}
		JsonNode result = maker.postText("/api/benefits/runs/" + id + "/bank-return", "text/csv", returned.toString())
			.expect(200)
			.json();
		assertThat(result.get("failedLines").asLong()).isEqualTo(3);
		JsonNode reconciled = maker.get("/api/benefits/runs/" + id).expect(200).json();
		assertThat(reconciled.get("status").asString()).isEqualTo("RECONCILED");
		assertThat(reconciled.get("failedCount").asLong()).isEqualTo(3);
		JsonNode failed = maker.get("/api/benefits/runs/" + id + "/lines?state=FAILED").expect(200).json();
		assertThat(failed.get("total").asLong()).isEqualTo(3);
		assertThat(failed.get("items").get(0).get("failureReason").asString()).isEqualTo("账户已销户");
		assertThat(failed.get("items").get(0).get("bankAccountMask").asString()).contains("*");

		JsonNode followUp = maker.post("/api/benefits/runs/" + id + "/follow-up", Map.of()).expect(201).json();
		long followUpId = followUp.get("id").asLong();
		assertThat(followUp.get("status").asString()).isEqualTo("PREPARED");
		assertThat(followUp.get("lineCount").asLong()).isEqualTo(3);
		checker.post("/api/benefits/runs/" + followUpId + "/approve", Map.of()).expect(200);
		maker.post("/api/benefits/runs/" + followUpId + "/export", Map.of()).expect(200);
		String followUpFile = maker.get("/api/benefits/runs/" + followUpId + "/bank-file").expect(200).body();
		List<String> reissued = followUpFile.lines()
			.skip(1)
			.map((line) -> line.split(",")[0].substring(line.indexOf('-') + 1))
			.sorted()
			.toList();
		assertThat(reissued).containsExactlyElementsOf(failedReferences.stream()
			.map((reference) -> reference.substring(reference.indexOf('-') + 1))
			.sorted()
			.toList());

		// the on-time figures count every item once: all paid except the 3 re-issued,
		// still outstanding
		JsonNode onTime = maker.get("/api/benefits/on-time?from=2031-01&to=2031-01").expect(200).json();
		long due = 0;
		long outstanding = 0;
		for (JsonNode row : onTime) {
			due += row.get("due").asLong();
			outstanding += row.get("outstanding").asLong();
		}
		assertThat(due).isEqualTo(run.get("lineCount").asLong());
		assertThat(outstanding).isEqualTo(3);
	}

}
