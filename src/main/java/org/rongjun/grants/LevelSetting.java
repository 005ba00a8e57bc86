package org.rongjun.grants;

import org.jspecify.annotations.Nullable;

/**
 * Whether a county uses one review level, and the most that level approves on its own
 * ({@code capFen}, in fen; {@code null} means no limit). An amount above the cap goes up.
 */
public record LevelSetting(ReviewLevel level, boolean enabled, @Nullable Long capFen) {

	public boolean allowsFinal(long amountFen) {
		return this.capFen == null || amountFen <= this.capFen;
	}

}
