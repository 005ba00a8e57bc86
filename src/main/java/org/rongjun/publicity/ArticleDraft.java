package org.rongjun.publicity;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.PlausibleDate;

public record ArticleDraft(@NotBlank(message = "请填写标题") @Size(max = 100, message = "标题不能超过100个字") String title,
		@Size(max = 70, message = "摘要不能超过70个字（短信摘要）") @Nullable String summary,
		@NotBlank(message = "请填写正文") @Size(max = 50000, message = "正文不能超过50000个字") String body,
		@Nullable Set<PublicationChannel> channels,
		@Nullable @PlausibleDate(earliest = "2000-01-01", yearsAhead = 2) LocalDate publishDate,
		@Nullable String regionCode) {
}
