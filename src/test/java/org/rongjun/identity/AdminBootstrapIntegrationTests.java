package org.rongjun.identity;

import org.junit.jupiter.api.Test;

import org.rongjun.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminBootstrapIntegrationTests {

	@Autowired
	AdminBootstrapCommand bootstrap;

	@Test
	void bootstrappingRefusesADatabaseThatAlreadyHasAccounts() {
		assertThat(this.bootstrap.bootstrap("330421000000")).isFalse();
	}

	@Test
	void bootstrappingRefusesAnUnknownRegion() {
		assertThat(this.bootstrap.bootstrap("999999000000")).isFalse();
	}

}
