package org.rongjun.messaging.template;

import java.time.Instant;
import java.util.List;

public record MessageTemplate(long id, String code, String name, String title, String body, List<String> variables,
		Instant updatedAt) {
}
