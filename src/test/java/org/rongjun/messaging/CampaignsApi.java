package org.rongjun.messaging;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.rongjun.messaging.outbox.MessageDispatcher;
import org.rongjun.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaign steps the API tests share. */
final class CampaignsApi {

	private CampaignsApi() {
	}

	/**
	 * Runs dispatcher passes (the tests' scheduler is off) until the campaign, read
	 * through the API, is DONE; answers it.
	 */
	static JsonNode drain(ApiClient staff, MessageDispatcher dispatcher, long id) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			JsonNode campaign = staff.get("/api/messaging/campaigns/" + id).expect(200).json();
			if (campaign.get("status").asString().equals("DONE")) {
				return campaign;
			}
			assertThat(Instant.now()).isBefore(deadline);
			if (dispatcher.dispatchOnce() == 0) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}
	}

}
