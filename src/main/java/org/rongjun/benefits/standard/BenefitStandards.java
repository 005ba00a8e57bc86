package org.rongjun.benefits.standard;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and approving benefit standards (调标). A standard is a draft until a second
 * person approves it; an approved standard whose effective month has already been paid at
 * the old amount makes the next run of its benefit add 补发 top-up lines.
 * <p>
 * Data scope (ADR 0003): a user sees the standards set inside their scope and those set
 * at the levels above it (national, provincial, city base standards apply to their county
 * too) but enters, approves and rejects only standards inside their scope. The national
 * table is transcribed by a province bureau, so a province-level user may enter it.
 */
@Service
@Transactional
public class BenefitStandards {

	private final StandardRepository standards;

	BenefitStandards(StandardRepository standards) {
		this.standards = standards;
	}

	static final String NATIONAL = "000000000000";

	public BenefitStandard enter(StandardDraft draft, RegionScope scope, String username) {
		if (draft.benefitType().isOneOff()) {
			throw ProblemException.invalidField("benefitType", "该待遇按单笔支付，不设月标准");
		}
		if (!draft.benefitType().categories().contains(draft.category().strip())) {
			throw ProblemException.invalidField("category", "该优抚类别不享受" + draft.benefitType().label());
		}
		if (!draft.regionCode().strip().matches("\\d{12}")) {
			throw ProblemException.invalidField("regionCode", "区划代码应为12位数字（全国为000000000000）");
		}
		if (!isCountyOrAbove(draft.regionCode().strip())) {
			throw ProblemException.invalidField("regionCode", "抚恤补助标准由县级及以上部门设定，请选择县（区）、市、省或全国");
		}
		requireDecidable(scope, draft.regionCode().strip(), "录入");
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

	/** A standard set inside the caller's scope or at a level above it. */
	@Transactional(readOnly = true)
	public BenefitStandard get(long id, RegionScope scope) {
		return this.standards.find(id)
			.filter((standard) -> isVisible(scope, standard.regionCode()))
			.orElseThrow(() -> ProblemException.notFound("标准不存在或不在您的数据范围内"));
	}

	private BenefitStandard get(long id) {
		return this.standards.find(id).orElseThrow(() -> ProblemException.notFound("标准不存在"));
	}

	/**
	 * The standards set inside the caller's scope or at a level above it (they apply
	 * there too, read-only).
	 */
	@Transactional(readOnly = true)
	public List<BenefitStandard> list(RegionScope scope, @Nullable BenefitType type, @Nullable StandardStatus status,
			@Nullable String regionCode) {
		if (scope.root().isEmpty()) {
			return List.of();
		}
		return this.standards.list(scope, levelsAbove(scope), type, status, regionCode);
	}

	/** Two-person rule: the author of a standard cannot approve it. */
	public BenefitStandard approve(long id, RegionScope scope, String username) {
		return decide(id, scope, StandardStatus.APPROVED, username);
	}

	public BenefitStandard reject(long id, RegionScope scope, String username) {
		return decide(id, scope, StandardStatus.REJECTED, username);
	}

	/** Whether the caller may enter, approve or reject a standard of this region. */
	/** Standards are set nationally, by a province, a city or a county; never below. */
	static boolean isCountyOrAbove(String regionCode) {
		return NATIONAL.equals(regionCode) || (RegionCode.isValid(regionCode)
				&& RegionCode.of(regionCode).level().ordinal() <= RegionLevel.COUNTY.ordinal());
	}

	public static boolean isDecidable(RegionScope scope, String regionCode) {
		if (NATIONAL.equals(regionCode)) {
			return scope.root().map((root) -> root.level() == RegionLevel.PROVINCE).orElse(false);
		}
		return scope.contains(regionCode);
	}

	private static boolean isVisible(RegionScope scope, String regionCode) {
		return scope.contains(regionCode) || levelsAbove(scope).contains(regionCode);
	}

	/** National, then the province, city … down to the parent of the scope's root. */
	private static List<String> levelsAbove(RegionScope scope) {
		return scope.root()
			.map((root) -> java.util.stream.Stream
				.concat(java.util.stream.Stream.of(NATIONAL), root.ancestors().stream().map(RegionCode::value))
				.toList())
			.orElse(List.of());
	}

	private static void requireDecidable(RegionScope scope, String regionCode, String action) {
		if (!isDecidable(scope, regionCode)) {
			throw ProblemException.outOfScope(
					isVisible(scope, regionCode) ? "该标准属于上级部门设定的标准，您只能查看，不能" + action : "标准适用区划不在您的数据范围内，不能" + action);
		}
	}

	private BenefitStandard decide(long id, RegionScope scope, StandardStatus status, String username) {
		BenefitStandard standard = get(id, scope);
		requireDecidable(scope, standard.regionCode(), "审核");
		if (standard.status() != StandardStatus.DRAFT) {
			throw ProblemException.conflict("该标准已审核");
		}
		if (standard.createdBy().equals(username)) {
			throw ProblemException.samePerson("不能审核自己录入的标准：标准须由录入人以外的人员审核后生效");
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
