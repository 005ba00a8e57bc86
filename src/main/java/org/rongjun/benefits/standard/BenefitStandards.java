package org.rongjun.benefits.standard;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and approving benefit standards (调标). A standard is a draft until a second
 * person approves it; an approved standard whose effective month has already been paid at
 * the old amount makes the next run of its benefit add 补发 top-up lines.
 */
@Service
@Transactional
public class BenefitStandards {

	private final StandardRepository standards;

	BenefitStandards(StandardRepository standards) {
		this.standards = standards;
	}

	public BenefitStandard enter(StandardDraft draft, String username) {
		if (draft.benefitType().isOneOff()) {
			throw ProblemException.invalidField("benefitType", "该待遇按单笔支付，不设月标准");
		}
		if (!draft.benefitType().categories().contains(draft.category().strip())) {
			throw ProblemException.invalidField("category", "该优抚类别不享受" + draft.benefitType().label());
		}
		if (!draft.regionCode().strip().matches("\\d{12}")) {
			throw ProblemException.invalidField("regionCode", "区划代码应为12位数字（全国为000000000000）");
		}
		int grade = (draft.disabilityGrade() != null) ? draft.disabilityGrade() : 0;
		if (grade < 0 || grade > 10) {
			throw ProblemException.invalidField("disabilityGrade", "残疾等级应为1至10");
		}
		String cause = (draft.disabilityCause() != null) ? draft.disabilityCause().strip() : "";
		if (!List.of("", "COMBAT", "DUTY", "ILLNESS").contains(cause)) {
			throw ProblemException.invalidField("disabilityCause", "伤残性质不正确");
		}
		if ((draft.benefitType() == BenefitType.DISABILITY_PENSION) != (grade > 0 && !cause.isEmpty())) {
			throw ProblemException.invalidField("disabilityGrade", "只有残疾抚恤金标准按残疾等级和伤残性质区分，且必须填写");
		}
		String household = (draft.householdType() != null && !draft.householdType().isBlank())
				? draft.householdType().strip() : "ANY";
		if (!List.of("ANY", "URBAN", "RURAL").contains(household)) {
			throw ProblemException.invalidField("householdType", "户籍类别不正确");
		}
		String component = (draft.component() != null && !draft.component().isBlank()) ? draft.component().strip()
				: "BASE";
		if (!component.matches("[A-Z_]{1,30}")) {
			throw ProblemException.invalidField("component", "标准组成项代码不正确");
		}
		long id = this.standards.insert(draft, Integer.toString(grade), cause, household, component, draft.monthlyFen(),
				username);
		return get(id);
	}

	@Transactional(readOnly = true)
	public BenefitStandard get(long id) {
		return this.standards.find(id).orElseThrow(() -> ProblemException.notFound("标准不存在"));
	}

	@Transactional(readOnly = true)
	public List<BenefitStandard> list(@Nullable BenefitType type, @Nullable StandardStatus status,
			@Nullable String regionCode) {
		return this.standards.list(type, status, regionCode);
	}

	/** Two-person rule: the author of a standard cannot approve it. */
	public BenefitStandard approve(long id, String username) {
		return decide(id, StandardStatus.APPROVED, username);
	}

	public BenefitStandard reject(long id, String username) {
		return decide(id, StandardStatus.REJECTED, username);
	}

	private BenefitStandard decide(long id, StandardStatus status, String username) {
		BenefitStandard standard = get(id);
		if (standard.status() != StandardStatus.DRAFT) {
			throw ProblemException.conflict("该标准已审核");
		}
		if (standard.createdBy().equals(username)) {
			throw new ProblemException(HttpStatus.CONFLICT, "SAME_PERSON", "不能审核自己录入的标准", "标准须由录入人以外的人员审核后生效");
		}
		try {
			if (!this.standards.decide(id, status, username)) {
				throw ProblemException.conflict("该标准已审核");
			}
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw ProblemException.conflict("同一对象、区划、组成项和生效月份已有生效的标准");
		}
		return get(id);
	}

}
