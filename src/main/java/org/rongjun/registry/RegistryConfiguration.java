package org.rongjun.registry;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	/**
	 * "Today" for deadlines, death dates and birthdays is the bureau's day in China, not
	 * the server's; tests replace the bean to move the day.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

}
