package org.rongjun.publicity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article was published for a region and its subtree, readable from
 * {@code publishDate}. No module listens to it (ADR 0022): sending it by SMS is a staff
 * decision in messaging, not a side effect of publishing.
 */
public record ArticlePublished(long articleId, String title, @Nullable String summary, String regionCode,
		List<PublicationChannel> channels, LocalDate publishDate) {
}
