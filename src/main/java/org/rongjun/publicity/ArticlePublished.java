package org.rongjun.publicity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article was published for a region and its subtree; messaging may push it on the
 * WeChat and SMS channels from {@code publishDate}.
 */
public record ArticlePublished(long articleId, String title, @Nullable String summary, String regionCode,
		List<PublicationChannel> channels, LocalDate publishDate) {
}
