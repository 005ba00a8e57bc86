package org.rongjun.publicity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A policy article (政策法规宣传) of one region's bureau or station. Readers in that region and
 * below see it once it is published and its publish date has come.
 */
public record PolicyArticle(long id, String title, @Nullable String summary, String body,
		List<PublicationChannel> channels, @Nullable LocalDate publishDate, ArticleStatus status, String regionCode,
		String regionName, String createdBy, OffsetDateTime createdAt, @Nullable String publishedBy,
		@Nullable OffsetDateTime publishedAt) {

	PolicyArticle withRegionName(String name) {
		return new PolicyArticle(this.id, this.title, this.summary, this.body, this.channels, this.publishDate,
				this.status, this.regionCode, name, this.createdBy, this.createdAt, this.publishedBy, this.publishedAt);
	}

}
