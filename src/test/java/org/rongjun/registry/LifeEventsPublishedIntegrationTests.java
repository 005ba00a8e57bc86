package org.rongjun.registry;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.rongjun.registry.DeathCause;
import org.rongjun.registry.lifeevents.DeathReport;
import org.rongjun.registry.lifeevents.DeathService;
import org.rongjun.registry.lifeevents.TransferDraft;
import org.rongjun.registry.lifeevents.TransferRequest;
import org.rongjun.registry.lifeevents.TransferService;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;
import static org.rongjun.support.Today.TODAY;

/**
 * The events other modules (benefits) will listen to. The services are called on the test
 * thread so that {@link ApplicationEvents} sees what they publish.
 */
@IntegrationTest
@CalendarSensitive
@RecordApplicationEvents
class LifeEventsPublishedIntegrationTests {

	private static final RegionScope XITANG_SCOPE = RegionScope.of(RegionCode.of(XITANG));

	@LocalServerPort
	int port;

	final DeathService deaths;

	final TransferService transfers;

	LifeEventsPublishedIntegrationTests(DeathService deaths, TransferService transfers) {
		this.deaths = deaths;
		this.transfers = transfers;
	}

	@Test
	void reportingADeathPublishesVeteranDied(ApplicationEvents events) {
		long veteran = register();
		this.deaths.recordDeath(veteran,
				new DeathReport(TODAY.minusDays(2), "医院证明", null, null, DeathCause.ILLNESS, null), XITANG_SCOPE,
				"xitang.staff");
		assertThat(events.stream(VeteranDied.class))
			.containsExactly(new VeteranDied(veteran, TODAY.minusDays(2), TODAY, DeathCause.ILLNESS));
	}

	@Test
	void approvingATransferPublishesVeteranTransferredWithTheNewCountyPayingFromNextJanuary(ApplicationEvents events) {
		long veteran = register();
		TransferRequest request = this.transfers.request(veteran, new TransferDraft(DAYUN, "投靠子女"), XITANG_SCOPE,
				"xitang.staff");
		this.transfers.approve(request.id(), RegionScope.of(RegionCode.of(DAYUN)), "dayun.staff");
		assertThat(events.stream(VeteranTransferred.class)).containsExactly(
				new VeteranTransferred(veteran, XITANG, DAYUN, TODAY, YearMonth.of(TODAY.getYear() + 1, 1)));
	}

	private long register() {
		return ApiClient.loggedIn(this.port, "xitang.staff")
			.post("/api/registry/veterans", veteran("事件人", idNumber(), XITANG))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

}
