package org.rongjun.employment.matching;

import java.util.Set;

/** 推荐 → 面试 → 录用 / 未录用 / 放弃. The last three are final. */
public enum ReferralStatus {

	REFERRED, INTERVIEWED, HIRED, NOT_HIRED, DECLINED;

	public boolean isOpen() {
		return this == REFERRED || this == INTERVIEWED;
	}

	/** The statuses a referral may move to from this one. */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case REFERRED -> Set.of(INTERVIEWED, HIRED, NOT_HIRED, DECLINED);
			case INTERVIEWED -> Set.of(HIRED, NOT_HIRED, DECLINED);
			default -> Set.of();
		};
	}

}
