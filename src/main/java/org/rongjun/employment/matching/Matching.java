package org.rongjun.employment.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.rongjun.employment.posts.JobPosting;
import org.rongjun.employment.posts.JobPostings;
import org.rongjun.employment.seekers.Profile;
import org.rongjun.employment.seekers.Profiles;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked matches both ways: the open posts for a veteran, the job seekers for a post,
 * each inside the caller's scope, best score first, with the reasons. Ties go to the
 * earlier post or the lower file id, so a list reads the same twice.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

	private final JobPostings posts;

	private final Profiles profiles;

	private final Clock clock;

	Matching(JobPostings posts, Profiles profiles, Clock clock) {
		this.posts = posts;
		this.profiles = profiles;
		this.clock = clock;
	}

	/**
	 * Open posts for the veteran; {@code includeIneligible} adds those a hard filter
	 * rules out.
	 */
	public List<Match> postsFor(long veteranId, boolean includeIneligible, int limit, RegionScope scope) {
		Profile person = this.profiles.get(veteranId, scope);
		LocalDate today = LocalDate.now(this.clock);
		return this.posts.open(scope)
			.stream()
			.map((post) -> Matcher.match(post, person, today))
			.filter((match) -> includeIneligible || match.eligible())
			.sorted(Comparator.comparing(Match::eligible)
				.reversed()
				.thenComparing(Comparator.comparingInt(Match::score).reversed())
				.thenComparingLong(Match::postId))
			.limit(limit)
			.toList();
	}

	/** Job seekers inside the scope who pass the post's hard filters, best first. */
	public List<Match> veteransFor(long postId, int limit, RegionScope scope) {
		JobPosting post = this.posts.get(postId, scope);
		LocalDate today = LocalDate.now(this.clock);
		return this.profiles.seekers(scope)
			.stream()
			.map((person) -> Matcher.match(post, person, today))
			.filter(Match::eligible)
			.sorted(Comparator.comparingInt(Match::score).reversed().thenComparingLong(Match::veteranId))
			.limit(limit)
			.toList();
	}

}
