package org.rongjun.employment.posts;

import java.util.HashMap;
import java.util.Map;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;

/**
 * Scope parameters of the module's queries: {@code lo}/{@code hi} for records inside the
 * scope, {@code above} for records kept by an office above the scope root (a county's
 * employers and posts are seen by its townships and villages).
 */
public final class Scopes {

	/** Visible records: kept inside the scope or by an office above it. */
	public static final String VISIBLE = "(%1$s between :lo and :hi or %1$s = any(:above))";

	private Scopes() {
	}

	public static Map<String, Object> params(RegionScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("above",
				scope.root()
					.map((root) -> root.ancestors().stream().map(RegionCode::value).toArray(String[]::new))
					.orElse(new String[0]));
		return params;
	}

	public static String visible(String column) {
		return VISIBLE.formatted(column);
	}

	public static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
