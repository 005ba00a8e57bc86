package org.rongjun.messaging.template;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A template as one user sees it: {@code scopeCode} is the region it belongs to (null: a
 * shared template from before templates had scopes), {@code editable} whether this user
 * may change it (it lies inside their scope; templates of the regions above are
 * read-only).
 */
public record MessageTemplate(long id, String code, String name, String title, String body, List<String> variables,
		@Nullable String scopeCode, boolean editable, Instant updatedAt) {
}
