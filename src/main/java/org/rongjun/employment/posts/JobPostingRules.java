package org.rongjun.employment.posts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;

/**
 * The checks a post passes before it is stored, the statutory ones with their article.
 * Returns the draft cleaned (trimmed texts, de-duplicated skills).
 */
public final class JobPostingRules {

	/** 服现役满五年 (退役军人保障法 Art 43 ¶1). */
	static final int TARGETED_SERVICE_YEARS = 5;

	private JobPostingRules() {
	}

	static JobPostingDraft check(JobPostingDraft draft, EmployerKind employer) {
		String title = required(draft.title(), "title", "请填写岗位名称", 100);
		if (!RegionCode.isValid(draft.workplaceRegionCode())) {
			throw ProblemException.invalidField("workplaceRegionCode", "请选择工作地点（区划）");
		}
		checkEducation(draft.education(), "education");
		checkEducation(draft.veteranEducation(), "veteranEducation");
		checkRelaxation(draft, employer);
		Integer serviceYears = draft.minServiceYears();
		switch (draft.kind()) {
			case CIVIL_SERVANT_TARGETED -> {
				// Art 43 ¶1: 面向服现役满五年的高校毕业生退役军人 — a post of the civil service
				if (employer != EmployerKind.GOVERNMENT) {
					throw ProblemException.invalidField("kind", "基层公务员定向职位须由机关单位发布（退役军人保障法第四十三条）");
				}
				if (draft.education() == null || !Education.meets(draft.education(), Education.COLLEGE)) {
					throw ProblemException.invalidField("education", "定向职位面向高校毕业生，学历要求须为大学专科及以上（退役军人保障法第四十三条）");
				}
				if (serviceYears == null || serviceYears < TARGETED_SERVICE_YEARS) {
					throw ProblemException.invalidField("minServiceYears", "定向职位须要求服现役满5年（退役军人保障法第四十三条）");
				}
			}
			case PLACEMENT -> {
				// 安置条例 Art 26: 事业单位和国有企业 (赋分选岗), or 基层党政机关 by Art 26 ¶1/Art 27
				if (employer != EmployerKind.PUBLIC_INSTITUTION && employer != EmployerKind.STATE_OWNED
						&& employer != EmployerKind.GOVERNMENT) {
					throw ProblemException.invalidField("kind", "安排工作岗位须为事业单位、国有企业或机关岗位（退役军人安置条例第二十六条）");
				}
			}
			default -> {
			}
		}
		if (draft.payMinFen() != null && draft.payMaxFen() != null && draft.payMaxFen() < draft.payMinFen()) {
			throw ProblemException.invalidField("payMaxFen", "月薪上限不能低于下限");
		}
		if (draft.openings() < 1 || draft.openings() > 10000) {
			throw ProblemException.invalidField("openings", "招聘人数须在1到10000之间");
		}
		if (draft.validUntil().isBefore(draft.validFrom())) {
			throw ProblemException.invalidField("validUntil", "截止日期不能早于开始日期");
		}
		return new JobPostingDraft(draft.employerId(), title, draft.kind(), draft.workplaceRegionCode(),
				blankToNull(draft.education()), blankToNull(draft.veteranEducation()), draft.ageMax(),
				draft.veteranAgeMax(), serviceYears, words(draft.skills(), "skills"),
				words(draft.certificates(), "certificates"), optional(draft.physical(), "physical", 200),
				draft.payMinFen(), draft.payMaxFen(), draft.openings(), draft.validFrom(), draft.validUntil(),
				optional(draft.description(), "description", 2000), draft.closed());
	}

	/**
	 * Relaxed limits are for 机关、群团组织、事业单位和国有企业 only and must be looser than the general
	 * limit (退役军人保障法 Art 42 ¶1, 安置条例 Art 68 ¶1: 可以适当放宽).
	 */
	private static void checkRelaxation(JobPostingDraft draft, EmployerKind employer) {
		boolean relaxed = draft.veteranAgeMax() != null || draft.veteranEducation() != null;
		if (relaxed && !employer.mayRelaxForVeterans()) {
			throw ProblemException.invalidField(draft.veteranAgeMax() != null ? "veteranAgeMax" : "veteranEducation",
					"只有机关、群团组织、事业单位和国有企业可对退役军人放宽年龄、学历条件（退役军人保障法第四十二条）");
		}
		if (draft.veteranAgeMax() != null && (draft.ageMax() == null || draft.veteranAgeMax() <= draft.ageMax())) {
			throw ProblemException.invalidField("veteranAgeMax", "放宽后的年龄上限须高于一般年龄上限");
		}
		if (draft.veteranEducation() != null
				&& (draft.education() == null || draft.veteranEducation().compareTo(draft.education()) <= 0)) {
			throw ProblemException.invalidField("veteranEducation", "放宽后的学历要求须低于一般学历要求");
		}
		if (draft.ageMax() != null && (draft.ageMax() < 16 || draft.ageMax() > 70)) {
			throw ProblemException.invalidField("ageMax", "年龄上限须在16到70之间");
		}
		if (draft.veteranAgeMax() != null && draft.veteranAgeMax() > 70) {
			throw ProblemException.invalidField("veteranAgeMax", "年龄上限须在16到70之间");
		}
		if (draft.minServiceYears() != null && (draft.minServiceYears() < 0 || draft.minServiceYears() > 40)) {
			throw ProblemException.invalidField("minServiceYears", "服役年限要求须在0到40之间");
		}
	}

	private static void checkEducation(@Nullable String code, String field) {
		if (code != null && !code.isBlank() && !Education.isKnown(code)) {
			throw ProblemException.invalidField(field, "学历代码不正确，请从列表中选择");
		}
	}

	private static String required(@Nullable String text, String field, String message, int max) {
		if (text == null || text.isBlank()) {
			throw ProblemException.invalidField(field, message);
		}
		String value = text.strip();
		if (value.length() > max) {
			throw ProblemException.invalidField(field, "不能超过" + max + "个字");
		}
		return value;
	}

	public static @Nullable String optional(@Nullable String text, String field, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw ProblemException.invalidField(field, "不能超过" + max + "个字");
		}
		return value;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Skills and certificates: trimmed, without blanks and repeats, each at most 30. */
	public static List<String> words(@Nullable List<String> items, String field) {
		LinkedHashSet<String> clean = new LinkedHashSet<>();
		for (String item : (items != null) ? items : List.<String>of()) {
			if (item == null || item.isBlank()) {
				continue;
			}
			String value = item.strip();
			if (value.length() > 30) {
				throw ProblemException.invalidField(field, "每项不能超过30个字：" + value);
			}
			clean.add(value);
		}
		if (clean.size() > 20) {
			throw ProblemException.invalidField(field, "最多20项");
		}
		return new ArrayList<>(clean);
	}

}
