package org.rongjun.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every "today" and "now" of the application under test is the tests'
 * {@link Today#CLOCK}.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	Clock testClock() {
		return Today.CLOCK;
	}

}
