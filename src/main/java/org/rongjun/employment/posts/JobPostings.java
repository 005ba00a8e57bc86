package org.rongjun.employment.posts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * JobPostings. A post is kept by its employer's office; {@link #fill} takes one opening
 * for a hire under a row lock, so the last opening goes to one referral only.
 */
@Service
@Transactional
public class JobPostings {

	private final JobPostingRepository posts;

	private final Employers employers;

	private final Clock clock;

	JobPostings(JobPostingRepository posts, Employers employers, Clock clock) {
		this.posts = posts;
		this.employers = employers;
		this.clock = clock;
	}

	public JobPosting create(JobPostingDraft draft, RegionScope scope, String username) {
		Employer employer = this.employers.get(draft.employerId(), scope);
		Employers.requireKeeper(employer.regionCode(), scope);
		JobPostingDraft clean = JobPostingRules.check(draft, employer.kind());
		return get(this.posts.insert(clean, employer.regionCode(), username), scope);
	}

	public JobPosting update(long id, JobPostingDraft draft, RegionScope scope) {
		JobPosting existing = get(id, scope);
		Employers.requireKeeper(existing.regionCode(), scope);
		JobPostingDraft clean = JobPostingRules.check(new JobPostingDraft(existing.employerId(), draft.title(),
				draft.kind(), draft.workplaceRegionCode(), draft.education(), draft.veteranEducation(), draft.ageMax(),
				draft.veteranAgeMax(), draft.minServiceYears(), draft.skills(), draft.certificates(), draft.physical(),
				draft.payMinFen(), draft.payMaxFen(), draft.openings(), draft.validFrom(), draft.validUntil(),
				draft.description(), draft.closed()), existing.employerKind());
		this.posts.lock(id, today());
		if (clean.openings() < get(id, scope).filled()) {
			throw ProblemException.invalidField("openings", "招聘人数不能少于已录用人数 " + existing.filled());
		}
		this.posts.update(id, clean);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public JobPosting get(long id, RegionScope scope) {
		return this.posts.find(id, scope, today()).orElseThrow(() -> ProblemException.notFound("岗位不存在或不在您的数据范围内"));
	}

	@Transactional(readOnly = true)
	public PageResult<JobPosting> list(@Nullable String q, @Nullable JobPostingKind kind, @Nullable Long employerId,
			boolean openOnly, RegionScope scope, PageQuery page) {
		String text = (q != null && !q.isBlank()) ? q.strip() : null;
		return this.posts.list(new JobPostingRepository.Filter(text, kind, employerId, openOnly), scope, today(), page);
	}

	/** JobPostings open today that the scope sees. */
	@Transactional(readOnly = true)
	public List<JobPosting> open(RegionScope scope) {
		return this.posts.open(scope, today());
	}

	/**
	 * Takes one opening of the post for a hire; refused when none is left or the post is
	 * closed. Runs in the caller's transaction, holding the post's row until it commits.
	 */
	public JobPosting fill(long id) {
		JobPosting post = this.posts.lock(id, today()).orElseThrow(() -> ProblemException.notFound("岗位不存在"));
		if (post.filled() >= post.openings()) {
			throw ProblemException.conflict("岗位「" + post.title() + "」的" + post.openings() + "个名额已满");
		}
		if (post.closed()) {
			throw ProblemException.conflict("岗位「" + post.title() + "」已关闭");
		}
		this.posts.addFilled(id);
		return post;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
