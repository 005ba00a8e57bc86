package org.rongjun.benefits.payment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The checker's comment on approving (optional) or rejecting (required) a run. */
public record ReviewComment(@Nullable @Size(max = 500) String comment) {

	/** The comment without surrounding blanks; null when there is none. */
	public @Nullable String text() {
		return (this.comment != null && !this.comment.isBlank()) ? this.comment.strip() : null;
	}

}
