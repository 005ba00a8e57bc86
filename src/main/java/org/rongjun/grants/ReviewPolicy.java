package org.rongjun.grants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/**
 * One county's review chain: which levels review and how much each may approve on its
 * own. The county always reviews and has no cap (it is the last level the platform
 * knows). Village review is off by default: many villages have a single liaison, who is
 * then the one taking the application in. The township default of 500 yuan follows the
 * local rule of 朔州 (docs/rules.md, grants: 乡镇每次审批临时救助金额不得超过500元，超过报县级审批).
 */
public record ReviewPolicy(String countyCode, List<LevelSetting> levels) {

	public static final long DEFAULT_TOWNSHIP_CAP_FEN = 500_00;

	public ReviewPolicy {
		Map<ReviewLevel, LevelSetting> byLevel = new EnumMap<>(ReviewLevel.class);
		for (LevelSetting setting : levels) {
			if (byLevel.put(setting.level(), setting) != null) {
				throw ProblemException.invalidField("levels", "审批层级重复");
			}
		}
		if (byLevel.size() != ReviewLevel.values().length) {
			throw ProblemException.invalidField("levels", "须设置村、乡镇、县三级");
		}
		LevelSetting county = byLevel.get(ReviewLevel.COUNTY);
		if (!county.enabled() || county.capFen() != null) {
			throw ProblemException.invalidField("levels", "县级审批不能关闭，也不设上限");
		}
		Long below = null;
		for (ReviewLevel level : ReviewLevel.values()) {
			LevelSetting setting = byLevel.get(level);
			if (setting.capFen() != null && setting.capFen() < 0) {
				throw ProblemException.invalidField("levels", setting.level().label() + "限额不能为负数");
			}
			if (setting.enabled() && setting.capFen() == null && level != ReviewLevel.COUNTY) {
				throw ProblemException.invalidField("levels", setting.level().label() + "须设置限额");
			}
			if (setting.enabled() && setting.capFen() != null) {
				// A higher level never approves less than a lower one could alone.
				if (below != null && setting.capFen() < below) {
					throw ProblemException.invalidField("levels", setting.level().label() + "限额不能低于下级限额");
				}
				below = setting.capFen();
			}
		}
		levels = byLevel.values().stream().sorted(Comparator.comparing(LevelSetting::level)).toList();
	}

	public static ReviewPolicy defaults(String countyCode) {
		return new ReviewPolicy(countyCode,
				List.of(new LevelSetting(ReviewLevel.VILLAGE, false, 0L),
						new LevelSetting(ReviewLevel.TOWNSHIP, true, DEFAULT_TOWNSHIP_CAP_FEN),
						new LevelSetting(ReviewLevel.COUNTY, true, null)));
	}

	/** The stored settings over the defaults, level by level. */
	static ReviewPolicy of(String countyCode, List<LevelSetting> stored) {
		Map<ReviewLevel, LevelSetting> merged = new EnumMap<>(ReviewLevel.class);
		defaults(countyCode).levels().forEach((setting) -> merged.put(setting.level(), setting));
		stored.forEach((setting) -> merged.put(setting.level(), setting));
		return new ReviewPolicy(countyCode, new ArrayList<>(merged.values()));
	}

	public LevelSetting setting(ReviewLevel level) {
		return this.levels.get(level.ordinal());
	}

	/**
	 * Where a new (or resubmitted) application starts: the lowest level in use. A village
	 * liaison taking an application in has given the village's view by doing so, and
	 * cannot review it themselves, so theirs starts one level up.
	 */
	public ReviewLevel entryLevel(@Nullable ReviewLevel submitterLevel) {
		ReviewLevel entry = lowestEnabledFrom(ReviewLevel.VILLAGE);
		if (entry == ReviewLevel.VILLAGE && submitterLevel == ReviewLevel.VILLAGE) {
			return above(ReviewLevel.VILLAGE).orElseThrow();
		}
		return entry;
	}

	/** The next level in use above {@code level}; empty at the county. */
	public Optional<ReviewLevel> above(ReviewLevel level) {
		if (level == ReviewLevel.COUNTY) {
			return Optional.empty();
		}
		return Optional.of(lowestEnabledFrom(ReviewLevel.values()[level.ordinal() + 1]));
	}

	private ReviewLevel lowestEnabledFrom(ReviewLevel from) {
		for (int i = from.ordinal(); i < ReviewLevel.values().length; i++) {
			if (setting(ReviewLevel.values()[i]).enabled()) {
				return ReviewLevel.values()[i];
			}
		}
		return ReviewLevel.COUNTY;
	}

}
