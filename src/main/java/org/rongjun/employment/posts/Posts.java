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
 * Posts. A post is kept by its employer's office; {@link #fill} takes one opening for a
 * hire under a row lock, so the last opening goes to one referral only.
 */
@Service
@Transactional
public class Posts {

	private final PostRepository posts;

	private final Employers employers;

	private final Clock clock;

	Posts(PostRepository posts, Employers employers, Clock clock) {
		this.posts = posts;
		this.employers = employers;
		this.clock = clock;
	}

	public Post create(PostDraft draft, RegionScope scope, String username) {
		Employer employer = this.employers.get(draft.employerId(), scope);
		Employers.requireKeeper(employer.regionCode(), scope);
		PostDraft clean = PostRules.check(draft, employer.kind());
		return get(this.posts.insert(clean, employer.regionCode(), username), scope);
	}

	public Post update(long id, PostDraft draft, RegionScope scope) {
		Post existing = get(id, scope);
		Employers.requireKeeper(existing.regionCode(), scope);
		PostDraft clean = PostRules.check(new PostDraft(existing.employerId(), draft.title(), draft.kind(),
				draft.workplaceRegionCode(), draft.education(), draft.veteranEducation(), draft.ageMax(),
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
	public Post get(long id, RegionScope scope) {
		return this.posts.find(id, scope, today()).orElseThrow(() -> ProblemException.notFound("岗位不存在或不在您的数据范围内"));
	}

	@Transactional(readOnly = true)
	public PageResult<Post> list(@Nullable String q, @Nullable PostKind kind, @Nullable Long employerId,
			boolean openOnly, RegionScope scope, PageQuery page) {
		String text = (q != null && !q.isBlank()) ? q.strip() : null;
		return this.posts.list(new PostRepository.Filter(text, kind, employerId, openOnly), scope, today(), page);
	}

	/** Posts open today that the scope sees. */
	@Transactional(readOnly = true)
	public List<Post> open(RegionScope scope) {
		return this.posts.open(scope, today());
	}

	/**
	 * Takes one opening of the post for a hire; refused when none is left or the post is
	 * closed. Runs in the caller's transaction, holding the post's row until it commits.
	 */
	public Post fill(long id) {
		Post post = this.posts.lock(id, today()).orElseThrow(() -> ProblemException.notFound("岗位不存在"));
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
