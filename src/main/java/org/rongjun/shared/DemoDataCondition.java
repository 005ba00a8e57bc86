package org.rongjun.shared;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		String explicit = environment.getProperty("rongjun.demo.enabled", environment.getProperty("RONGJUN_DEMO"));
		if (explicit != null && !explicit.isBlank()) {
			return Boolean.parseBoolean(explicit.strip());
		}
		String externalUrl = environment.getProperty("rongjun.db.url", "");
		return externalUrl.isBlank();
	}

}
