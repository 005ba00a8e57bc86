package org.rongjun.grants;

import java.util.List;

import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counties' review chains. Everyone working inside a county may read its caps (the
 * approve dialog says when an amount will go up); only an administrator whose scope holds
 * the whole county changes them.
 */
@Service
@Transactional
public class ReviewPolicies {

	private final ReviewPolicyRepository policies;

	ReviewPolicies(ReviewPolicyRepository policies) {
		this.policies = policies;
	}

	@Transactional(readOnly = true)
	public ReviewPolicy get(String countyCode, RegionScope scope) {
		RegionCode county = county(countyCode);
		if (!scope.contains(county) && !scope.isBelow(county)) {
			throw ProblemException.outOfScope("该县不在您的数据范围内");
		}
		return this.policies.find(county.value());
	}

	public ReviewPolicy change(String countyCode, List<LevelSetting> levels, RegionScope scope, String username) {
		RegionCode county = county(countyCode);
		if (!scope.contains(county)) {
			throw ProblemException.outOfScope("只有县级及以上管理员可以设置本县的审批限额");
		}
		ReviewPolicy policy = new ReviewPolicy(county.value(), levels);
		this.policies.save(policy, username);
		return this.policies.find(county.value());
	}

	ReviewPolicy of(String countyCode) {
		return this.policies.find(countyCode);
	}

	private static RegionCode county(String code) {
		if (!RegionCode.isValid(code) || RegionCode.of(code).level() != RegionLevel.COUNTY) {
			throw ProblemException.invalidField("countyCode", "请选择一个县（区）");
		}
		return RegionCode.of(code);
	}

}
