package org.rongjun.messaging;

import java.time.Instant;
import java.util.List;

public record MessageTemplate(long id, String code, String name, String title, String body, List<String> variables,
		Instant updatedAt) {
}
