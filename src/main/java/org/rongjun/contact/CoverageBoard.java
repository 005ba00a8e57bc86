package org.rongjun.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联系覆盖率: for a region and a day, how many people were contacted within their cadence,
 * overdue, never contacted, without a liaison or unreachable, in total and per region one
 * level down — read from the maintained counts, never by counting people.
 */
@Service
@Transactional(readOnly = true)
public class CoverageBoard {

	private final CoverageRepository counts;

	private final RegionDirectory regions;

	private final ContactProperties properties;

	private final Clock clock;

	CoverageBoard(CoverageRepository counts, RegionDirectory regions, ContactProperties properties, Clock clock) {
		this.counts = counts;
		this.regions = regions;
		this.properties = properties;
		this.clock = clock;
	}

	public Coverage coverage(@Nullable String regionCode, @Nullable LocalDate asOf, RegionScope scope) {
		RegionScope region = scope.narrowTo(regionCode);
		String root = region.root()
			.orElseThrow(() -> org.rongjun.shared.ProblemException.outOfScope("当前账号未设置数据范围"))
			.value();
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		LocalDate soon = day.plusDays(this.properties.warnDays());
		List<CoverageRow> rows = this.counts.rows(root, day, soon);
		Map<String, String> names = this.regions.namesOf(java.util.stream.Stream
			.concat(rows.stream().map(CoverageRow::regionCode), java.util.stream.Stream.of(root))
			.distinct()
			.toList());
		return new Coverage(root, names.getOrDefault(root, root), day,
				this.counts.total(root, day, soon).withRegionName(names.getOrDefault(root, root)),
				rows.stream()
					.map((row) -> row.withRegionName(names.getOrDefault(row.regionCode(), row.regionCode())))
					.toList());
	}

}
