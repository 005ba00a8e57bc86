package org.rongjun.care.support;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;

/** Scope parameters and region helpers shared by the module's repositories. */
public final class Scopes {

	private Scopes() {
	}

	/**
	 * {@code lo}/{@code hi} for rows inside the scope, {@code above} for records (plans,
	 * campaigns) set on a region above the scope root, which the scope works on too.
	 */
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

	/**
	 * The narrower of the caller's scope and a requested region; a region outside the
	 * scope is refused.
	 */
	public static RegionScope narrow(RegionScope scope, String regionCode) {
		if (!RegionCode.isValid(regionCode)) {
			throw ProblemException.invalidField("regionCode", "区划代码格式不正确");
		}
		if (scope.contains(regionCode)) {
			return RegionScope.of(RegionCode.of(regionCode));
		}
		if (scope.isBelow(RegionCode.of(regionCode))) {
			return scope;
		}
		throw ProblemException.outOfScope("所选区划不在您的数据范围内");
	}

	/**
	 * How many leading digits name the regions one level below {@code scope}'s root: the
	 * rows a roll-up groups by (a county by township, a township by village).
	 */
	public static int childPrefixLength(RegionScope scope) {
		RegionLevel level = scope.root().map(RegionCode::level).orElse(RegionLevel.VILLAGE);
		return switch (level) {
			case PROVINCE -> RegionLevel.CITY.prefixLength();
			case CITY -> RegionLevel.COUNTY.prefixLength();
			case COUNTY -> RegionLevel.TOWNSHIP.prefixLength();
			case TOWNSHIP, VILLAGE -> RegionLevel.VILLAGE.prefixLength();
		};
	}

	public static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
