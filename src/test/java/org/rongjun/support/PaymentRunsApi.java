package org.rongjun.support;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Payment runs prepare in the background; tests wait for that through the API. */
public final class PaymentRunsApi {

	private PaymentRunsApi() {
	}

	/** The run once it left PREPARING, checked to be PREPARED (waits up to a minute). */
	public static JsonNode awaitPrepared(ApiClient client, long id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			JsonNode run = client.get("/api/benefits/runs/" + id).expect(200).json();
			if (!"PREPARING".equals(run.get("status").asString())) {
				assertThat(run.get("status").asString()).isEqualTo("PREPARED");
				return run;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("run " + id + " was not prepared in time");
	}

}
