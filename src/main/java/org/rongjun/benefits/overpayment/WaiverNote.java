package org.rongjun.benefits.overpayment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The reason of a waiver request (required) or the second person's comment on it
 * (optional).
 */
public record WaiverNote(@Nullable @Size(max = 500, message = "不能超过500个字") String reason) {

	public @Nullable String text() {
		return (this.reason != null && !this.reason.isBlank()) ? this.reason.strip() : null;
	}

}
