package org.rongjun.identity;

import org.junit.jupiter.api.Test;

import org.rongjun.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminBootstrapIntegrationTests {

	final AdminBootstrapCommand bootstrap;

	AdminBootstrapIntegrationTests(AdminBootstrapCommand bootstrap) {
		this.bootstrap = bootstrap;
	}

	@Test
	void bootstrappingRefusesADatabaseThatAlreadyHasAccounts() {
		assertThat(this.bootstrap.bootstrap("330421000000")).isFalse();
	}

	@Test
	void bootstrappingRefusesAnUnknownRegion() {
		assertThat(this.bootstrap.bootstrap("999999000000")).isFalse();
	}

}
