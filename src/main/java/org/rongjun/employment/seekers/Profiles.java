package org.rongjun.employment.seekers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rongjun.employment.posts.JobPostingRules;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employment profiles. Every change of status, its date or the employer adds a dated
 * history entry; a history never runs backwards (a new entry is not dated before the
 * latest one) nor into the future.
 */
@Service
@Transactional
public class Profiles {

	private final ProfileRepository profiles;

	private final Clock clock;

	Profiles(ProfileRepository profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	public Profile create(long veteranId, ProfileDraft draft, RegionScope scope, String username) {
		ProfileRepository.Person person = this.profiles.person(veteranId, scope)
			.orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		if (person.deceased()) {
			throw ProblemException.conflict(person.name() + " 已登记死亡，不能建立就业档案");
		}
		if (this.profiles.exists(veteranId)) {
			throw ProblemException.conflict(person.name() + " 已有就业档案，请在档案中修改");
		}
		ProfileDraft clean = checked(draft);
		this.profiles.insert(veteranId, clean, username);
		this.profiles.addChange(veteranId, clean.status(), clean.statusSince(), clean.employerName(), "STAFF",
				clean.statusNote(), username);
		return get(veteranId, scope);
	}

	public Profile update(long veteranId, ProfileDraft draft, RegionScope scope, String username) {
		get(veteranId, scope);
		Profile current = this.profiles.lock(veteranId).orElseThrow();
		ProfileDraft clean = checked(draft);
		boolean changed = clean.status() != current.status() || !clean.statusSince().equals(current.statusSince())
				|| !Objects.equals(clean.employerName(), current.employerName());
		if (changed) {
			LocalDate latest = this.profiles.latestChange(veteranId);
			if (latest != null && clean.statusSince().isBefore(latest)) {
				throw ProblemException.invalidField("statusSince", "状态变化日期不能早于上一次变化（" + latest + "）");
			}
			this.profiles.addChange(veteranId, clean.status(), clean.statusSince(), clean.employerName(), "STAFF",
					clean.statusNote(), username);
		}
		this.profiles.update(veteranId, clean, username);
		return get(veteranId, scope);
	}

	/**
	 * A referral ended in 录用: the person is employed from {@code on} at the post's
	 * employer and no longer seeking. Creates the profile if the person had none.
	 */
	public void recordHire(long veteranId, String employerName, LocalDate on, String username) {
		Profile current = this.profiles.lock(veteranId).orElse(null);
		String note = "经就业推荐录用";
		if (current == null) {
			this.profiles.insert(veteranId, new ProfileDraft(EmploymentStatus.EMPLOYED, on, employerName, false, null,
					null, null, List.of(), List.of(), null, note), username);
		}
		else {
			this.profiles.update(veteranId,
					new ProfileDraft(EmploymentStatus.EMPLOYED, on, employerName, false, current.intendedIndustry(),
							current.intendedRegion(), current.intendedPayFen(), current.skills(),
							current.certificates(), current.note(), note),
					username);
		}
		this.profiles.addChange(veteranId, EmploymentStatus.EMPLOYED, on, employerName, "REFERRAL", note, username);
	}

	@Transactional(readOnly = true)
	public Profile get(long veteranId, RegionScope scope) {
		Profile profile = this.profiles.find(veteranId, scope)
			.orElseThrow(() -> ProblemException.notFound("就业档案不存在或不在您的数据范围内"));
		return profile.withHistory(this.profiles.history(veteranId));
	}

	@Transactional(readOnly = true)
	public PageResult<Profile> list(@Nullable String q, @Nullable EmploymentStatus status, @Nullable Boolean seeking,
			@Nullable Integer dischargeYear, RegionScope scope, PageQuery page) {
		String text = (q != null && !q.isBlank()) ? q.strip() : null;
		return this.profiles.list(new ProfileRepository.Filter(text, status, seeking, dischargeYear), scope, page);
	}

	/** Job seekers inside the scope: the candidates for a post. */
	@Transactional(readOnly = true)
	public List<Profile> seekers(RegionScope scope) {
		return this.profiles.seekers(scope);
	}

	/** Re-keys a merged file's profile and history to the surviving file. */
	public void rekey(long survivorId, long mergedId) {
		this.profiles.rekey(survivorId, mergedId);
	}

	private ProfileDraft checked(ProfileDraft draft) {
		LocalDate today = LocalDate.now(this.clock);
		if (draft.statusSince().isAfter(today)) {
			throw ProblemException.invalidField("statusSince", "状态变化日期不能晚于今天");
		}
		String employer = JobPostingRules.optional(draft.employerName(), "employerName", 100);
		if (draft.status() == EmploymentStatus.EMPLOYED && employer == null) {
			throw ProblemException.invalidField("employerName", "就业状态请填写工作单位");
		}
		String region = (draft.intendedRegion() != null && !draft.intendedRegion().isBlank())
				? draft.intendedRegion().strip() : null;
		if (region != null && !RegionCode.isValid(region)) {
			throw ProblemException.invalidField("intendedRegion", "意向地区的区划代码不正确");
		}
		if (draft.intendedPayFen() != null && draft.intendedPayFen() < 0) {
			throw ProblemException.invalidField("intendedPayFen", "期望月薪不能为负数");
		}
		return new ProfileDraft(draft.status(), draft.statusSince(), employer, draft.seeking(),
				JobPostingRules.optional(draft.intendedIndustry(), "intendedIndustry", 50),
				(region != null) ? RegionCode.of(region).value() : null, draft.intendedPayFen(),
				JobPostingRules.words(draft.skills(), "skills"),
				JobPostingRules.words(draft.certificates(), "certificates"),
				JobPostingRules.optional(draft.note(), "note", 500),
				JobPostingRules.optional(draft.statusNote(), "statusNote", 500));
	}

}
