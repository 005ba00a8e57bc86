package org.rongjun.employment.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rongjun.employment.posts.JobPosting;
import org.rongjun.employment.posts.JobPostings;
import org.rongjun.employment.seekers.Profile;
import org.rongjun.employment.seekers.Profiles;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals (就业推荐, 退役军人保障法 Art 39 ¶2, Art 41 ¶1) from the referral to its outcome. Only a
 * veteran who passes the post's hard filters may be referred; a hire takes one of the
 * post's openings under its row lock (the last opening goes to one person) and makes the
 * profile employed from that day.
 */
@Service
@Transactional
public class Referrals {

	/** When staff ask again after a referral or an interview unless they choose a day. */
	static final int FOLLOW_UP_DAYS = 7;

	private final ReferralRepository referrals;

	private final JobPostings posts;

	private final Profiles profiles;

	private final Clock clock;

	Referrals(ReferralRepository referrals, JobPostings posts, Profiles profiles, Clock clock) {
		this.referrals = referrals;
		this.posts = posts;
		this.profiles = profiles;
		this.clock = clock;
	}

	public Referral refer(long postId, long veteranId, @Nullable LocalDate followUpOn, RegionScope scope,
			String username) {
		LocalDate today = today();
		JobPosting post = this.posts.get(postId, scope);
		if (!post.isOpenOn(today)) {
			throw ProblemException.conflict("岗位「" + post.title() + "」已关闭、已满或不在有效期内，不能推荐");
		}
		Profile person = this.profiles.get(veteranId, scope);
		Match match = Matcher.match(post, person, today);
		if (!match.eligible()) {
			String reasons = match.criteria()
				.stream()
				.filter((c) -> c.hard() && !c.met())
				.map((c) -> c.name() + "：" + c.detail())
				.collect(Collectors.joining("；"));
			throw ProblemException.conflict(person.name() + " 不符合岗位条件，不能推荐（" + reasons + "）");
		}
		LocalDate followUp = checkFollowUp(followUpOn, today);
		long id = this.referrals
			.insert(postId, veteranId, person.name(), person.regionCode(), match.score(), followUp, today, username)
			.orElseThrow(() -> ProblemException.conflict(person.name() + " 已推荐到该岗位，结果尚未登记"));
		this.referrals.addStep(id, ReferralStatus.REFERRED, today, null, username);
		return get(id, scope);
	}

	/**
	 * Records the next step: 面试 (with the next follow-up), or an outcome. The step's day
	 * is neither in the future nor before the referral.
	 */
	public Referral record(long id, ReferralStatus status, LocalDate on, @Nullable String note,
			@Nullable LocalDate nextFollowUp, RegionScope scope, String username) {
		get(id, scope);
		Referral referral = this.referrals.lock(id).orElseThrow();
		if (!referral.status().next().contains(status)) {
			throw ProblemException.conflict("推荐当前为「" + label(referral.status()) + "」，不能登记为「" + label(status) + "」");
		}
		LocalDate today = today();
		if (on.isAfter(today)) {
			throw ProblemException.invalidField("on", "日期不能晚于今天");
		}
		if (on.isBefore(referral.referredOn())) {
			throw ProblemException.invalidField("on", "日期不能早于推荐日期");
		}
		String text = (note != null && !note.isBlank()) ? note.strip() : null;
		if (text != null && text.length() > 500) {
			throw ProblemException.invalidField("note", "备注不能超过500个字");
		}
		if (status == ReferralStatus.INTERVIEWED) {
			this.referrals.move(id, status, checkFollowUp(nextFollowUp, today), null);
		}
		else {
			if (status == ReferralStatus.HIRED) {
				JobPosting post = this.posts.fill(referral.postId());
				this.profiles.recordHire(referral.veteranId(), post.employerName(), on, username);
			}
			this.referrals.move(id, status, null, on);
		}
		this.referrals.addStep(id, status, on, text, username);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public Referral get(long id, RegionScope scope) {
		return this.referrals.find(id, scope).orElseThrow(() -> ProblemException.notFound("推荐记录不存在或不在您的数据范围内"));
	}

	@Transactional(readOnly = true)
	public PageResult<Referral> list(@Nullable ReferralStatus status, @Nullable Long postId, @Nullable Long veteranId,
			boolean due, RegionScope scope, PageQuery page) {
		return this.referrals.list(new ReferralRepository.Filter(status, postId, veteranId, due, today()), scope, page);
	}

	/** Open referrals whose follow-up is due today or late: [due, late]. */
	@Transactional(readOnly = true)
	public long[] due(RegionScope scope) {
		return this.referrals.dueCounts(scope, today());
	}

	public void rekey(long survivorId, long mergedId) {
		this.referrals.rekey(survivorId, mergedId, today());
	}

	private static LocalDate checkFollowUp(@Nullable LocalDate followUpOn, LocalDate today) {
		if (followUpOn == null) {
			return today.plusDays(FOLLOW_UP_DAYS);
		}
		if (followUpOn.isBefore(today)) {
			throw ProblemException.invalidField("followUpOn", "回访日期不能早于今天");
		}
		if (followUpOn.isAfter(today.plusYears(1))) {
			throw ProblemException.invalidField("followUpOn", "回访日期不能晚于一年以后");
		}
		return followUpOn;
	}

	static String label(ReferralStatus status) {
		return switch (status) {
			case REFERRED -> "已推荐";
			case INTERVIEWED -> "已面试";
			case HIRED -> "录用";
			case NOT_HIRED -> "未录用";
			case DECLINED -> "放弃";
		};
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
