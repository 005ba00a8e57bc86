package org.rongjun.portal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.portal.PortalPeople.Person;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person sees what was paid to them and when, and why a payment failed, from the
 * payment lines of their own file (抚恤条例 Art 31: 残疾抚恤金 paid monthly; a failed transfer
 * shows the bank's reason so that the person can correct the account).
 */
@IntegrationTest
class PortalPaymentsApiTests {

	@LocalServerPort
	int port;

	@Test
	void aPersonSeesEachMonthsPaymentWithTheBanksReasonWhenItFailed() throws Exception {
		long file = PortalPeople.runWithOneFailure(this.port, "2032-09", "账户已销户", 0);
		Person person = PortalPeople.byId(this.port, file);
		ApiClient phone = PortalPeople.from(this.port, "198.51.100.91");
		PortalPeople.signUp(phone, person, "Laobing2026!");

		JsonNode payments = phone.get("/api/portal/payments").expect(200).json();
		JsonNode september = null;
		for (JsonNode item : payments.get("items")) {
			if (item.get("periodMonth").asString().equals("2032-09-01")) {
				september = item;
			}
		}
		assertThat(september).as("the September 2032 line of the person's file").isNotNull();
		assertThat(september.get("state").asString()).isEqualTo("FAILED");
		assertThat(september.get("failureReason").asString()).isEqualTo("账户已销户");
		assertThat(september.get("benefit").asString()).isEqualTo("残疾抚恤金");
		assertThat(september.get("amountFen").asLong()).isPositive();
		assertThat(september.has("runId")).as("staff's run numbers stay with staff").isFalse();
		assertThat(payments.toString()).doesNotContain(person.idNumber());
		phone.get("/api/portal/payments?size=101").expect(400);
	}

}
