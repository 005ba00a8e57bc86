package org.rongjun.employment.posts;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers. Offices below the keeping office see an employer; only offices at or above
 * it change it.
 */
@Service
@Transactional
public class Employers {

	private final EmployerRepository employers;

	private final Clock clock;

	Employers(EmployerRepository employers, Clock clock) {
		this.employers = employers;
		this.clock = clock;
	}

	public Employer create(EmployerDraft draft, RegionScope scope, String username) {
		String region = ownerRegion(draft.regionCode(), scope);
		EmployerDraft clean = checked(draft, 0);
		return get(this.employers.insert(clean, region, username), scope);
	}

	public Employer update(long id, EmployerDraft draft, RegionScope scope) {
		Employer existing = get(id, scope);
		requireKeeper(existing.regionCode(), scope);
		this.employers.update(id, checked(draft, id));
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public Employer get(long id, RegionScope scope) {
		return this.employers.find(id, scope, LocalDate.now(this.clock))
			.orElseThrow(() -> ProblemException.notFound("合作单位不存在或不在您的数据范围内"));
	}

	@Transactional(readOnly = true)
	public PageResult<Employer> list(@Nullable String q, @Nullable EmployerKind kind, RegionScope scope,
			PageQuery page) {
		String text = (q != null && !q.isBlank()) ? q.strip() : null;
		return this.employers.list(text, kind, scope, LocalDate.now(this.clock), page);
	}

	/**
	 * The office keeping a new record: the one asked for inside the scope, else the root.
	 */
	static String ownerRegion(@Nullable String requested, RegionScope scope) {
		RegionCode root = scope.root().orElseThrow(() -> ProblemException.outOfScope("您没有数据范围"));
		if (requested == null || requested.isBlank()) {
			return root.value();
		}
		if (!scope.contains(requested)) {
			throw ProblemException.invalidField("regionCode", "所选区划不在您的数据范围内");
		}
		return RegionCode.of(requested).value();
	}

	/** Records kept by an office above the caller's are read-only to them. */
	static void requireKeeper(String regionCode, RegionScope scope) {
		if (!scope.contains(regionCode)) {
			throw ProblemException.outOfScope("该记录由上级单位维护，您只能查看");
		}
	}

	private EmployerDraft checked(EmployerDraft draft, long id) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw ProblemException.invalidField("name", "请填写单位名称");
		}
		String name = draft.name().strip();
		if (name.length() > 100) {
			throw ProblemException.invalidField("name", "单位名称不能超过100个字");
		}
		String credit = JobPostingRules.optional(draft.creditCode(), "creditCode", 18);
		if (credit != null) {
			credit = credit.toUpperCase(java.util.Locale.ROOT);
			if (!credit.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
				throw ProblemException.invalidField("creditCode", "统一社会信用代码须为18位数字或大写字母（不含I、O、Z、S、V）");
			}
			if (this.employers.creditCodeTaken(credit, id)) {
				throw ProblemException.conflict("该统一社会信用代码的单位已登记");
			}
		}
		return new EmployerDraft(null, name, draft.kind(), credit,
				JobPostingRules.optional(draft.industry(), "industry", 50),
				JobPostingRules.optional(draft.contactName(), "contactName", 50),
				JobPostingRules.optional(draft.contactPhone(), "contactPhone", 30),
				JobPostingRules.optional(draft.address(), "address", 200),
				JobPostingRules.optional(draft.agreementNo(), "agreementNo", 50), draft.agreementUntil(),
				draft.active());
	}

}
