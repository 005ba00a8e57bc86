package org.rongjun.platform;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" (for {@code @Past}, {@code @PlausibleDate}, …) is the
 * application's clock, so that a fixed test day or a shifted clock holds for input checks
 * too.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClockConfiguration {

	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return (configuration) -> configuration.clockProvider(() -> clock);
	}

}
