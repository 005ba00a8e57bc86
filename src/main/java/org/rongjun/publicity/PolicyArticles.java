package org.rongjun.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy articles: written as drafts in the caller's scope, published on one or more
 * channels from a publish date, withdrawn when out of date. Readers see the published
 * articles of their region and of every region above it.
 */
@Service
@Transactional
public class PolicyArticles {

	private final PolicyArticleRepository articles;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyArticles(PolicyArticleRepository articles, RegionDirectory regions, ApplicationEventPublisher events,
			Clock clock) {
		this.articles = articles;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new draft, owned by the given region (default: the root of the caller's scope).
	 */
	public PolicyArticle create(ArticleDraft draft, RegionScope scope, String username) {
		String region = (draft.regionCode() != null && !draft.regionCode().isBlank()) ? draft.regionCode().strip()
				: scope.root().map(RegionCode::value).orElseThrow(() -> ProblemException.outOfScope("您没有数据范围"));
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(RegionCode.of(region).value())) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		region = RegionCode.of(region).value();
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("只能以您数据范围内的单位发布宣传文章");
		}
		Set<PublicationChannel> channels = channels(draft);
		long id = this.articles.insert(draft.title().strip(), summary(draft, channels), draft.body().strip(), channels,
				draft.publishDate(), region, username);
		return get(id, scope);
	}

	public PolicyArticle update(long id, ArticleDraft draft, RegionScope scope) {
		PolicyArticle article = get(id, scope);
		if (article.status() != ArticleStatus.DRAFT) {
			throw refused("只能修改草稿；已发布的文章请先撤回后另行起草");
		}
		Set<PublicationChannel> channels = channels(draft);
		if (!this.articles.update(id, draft.title().strip(), summary(draft, channels), draft.body().strip(), channels,
				draft.publishDate())) {
			throw refused("文章状态已变化，请刷新后重试");
		}
		return get(id, scope);
	}

	/**
	 * Publishes a draft on its channels. The publish date defaults to today; a later date
	 * schedules it (readers see it from that day).
	 */
	public PolicyArticle publish(long id, RegionScope scope, String username) {
		PolicyArticle article = get(id, scope);
		if (article.status() != ArticleStatus.DRAFT) {
			throw refused("只能发布草稿");
		}
		if (article.channels().isEmpty()) {
			throw ProblemException.invalidField("channels", "请至少选择一个发布渠道");
		}
		LocalDate date = (article.publishDate() != null) ? article.publishDate() : LocalDate.now(this.clock);
		if (!this.articles.publish(id, date, username)) {
			throw refused("文章状态已变化，请刷新后重试");
		}
		this.events.publishEvent(new ArticlePublished(id, article.title(), article.summary(), article.regionCode(),
				article.channels(), date));
		return get(id, scope);
	}

	public PolicyArticle withdraw(long id, RegionScope scope) {
		get(id, scope);
		if (!this.articles.withdraw(id)) {
			throw refused("只能撤回已发布的文章");
		}
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public PolicyArticle get(long id, RegionScope scope) {
		PolicyArticle article = this.articles.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("文章不存在或不在您的数据范围内"));
		return article.withRegionName(this.regions.nameOf(article.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<PolicyArticle> list(RegionScope scope, @Nullable ArticleStatus status, PageQuery page) {
		return named(this.articles.list(scope, status, page));
	}

	/** What a reader in the scope may read now. */
	@Transactional(readOnly = true)
	public PageResult<PolicyArticle> readable(RegionScope scope, PageQuery page) {
		return named(this.articles.readable(scope, above(scope), LocalDate.now(this.clock), page));
	}

	@Transactional(readOnly = true)
	public PolicyArticle read(long id, RegionScope scope) {
		PolicyArticle article = this.articles.readableOne(id, scope, above(scope), LocalDate.now(this.clock))
			.orElseThrow(() -> ProblemException.notFound("文章不存在或尚未发布"));
		return article.withRegionName(this.regions.nameOf(article.regionCode()));
	}

	private static List<String> above(RegionScope scope) {
		List<String> codes = new ArrayList<>();
		scope.root().ifPresent((root) -> root.ancestors().forEach((code) -> codes.add(code.value())));
		return codes;
	}

	private PageResult<PolicyArticle> named(PageResult<PolicyArticle> found) {
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(PolicyArticle::regionCode).toList());
		return found.map((a) -> a.withRegionName(names.getOrDefault(a.regionCode(), a.regionCode())));
	}

	private static Set<PublicationChannel> channels(ArticleDraft draft) {
		return (draft.channels() == null || draft.channels().isEmpty()) ? EnumSet.noneOf(PublicationChannel.class)
				: EnumSet.copyOf(draft.channels());
	}

	/**
	 * The SMS channel sends the summary, so it needs one (at most 70 characters: one
	 * SMS).
	 */
	private static @Nullable String summary(ArticleDraft draft, Set<PublicationChannel> channels) {
		String summary = (draft.summary() != null && !draft.summary().isBlank()) ? draft.summary().strip() : null;
		if (summary == null && channels.contains(PublicationChannel.SMS)) {
			throw ProblemException.invalidField("summary", "选择短信渠道时须填写短信摘要");
		}
		return summary;
	}

	private static ProblemException refused(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "ARTICLE_TRANSITION_REFUSED", "操作不允许", detail);
	}

}
