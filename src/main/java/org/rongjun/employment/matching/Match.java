package org.rongjun.employment.matching;

import java.util.List;

/**
 * A veteran measured against a post: {@code eligible} when every hard criterion is met;
 * {@code score} (0–100) is the sum of the soft criteria's points.
 */
public record Match(long postId, String postTitle, String employerName, long veteranId, String veteranName,
		String regionCode, String workplaceRegionCode, boolean eligible, int score, List<Criterion> criteria) {
}
