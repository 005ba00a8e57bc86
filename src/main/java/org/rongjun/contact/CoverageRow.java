package org.rongjun.contact;

/**
 * The counts of one region as of a day: people kept in touch with; {@code covered},
 * contacted within their cadence (the last contact is not older than the interval);
 * {@code overdue}, past their due day (including those never contacted whose first due
 * day has passed); {@code dueSoon}, due within the warning days; never contacted; without
 * a liaison; with an unreachable number; and {@code coveragePerMille}, covered / people
 * in per mille (integer, rounded down).
 */
public record CoverageRow(String regionCode, String regionName, long people, long covered, long overdue, long dueSoon,
		long neverContacted, long noLiaison, long unreachable, long coveragePerMille) {

	static CoverageRow of(String regionCode, long people, long covered, long overdue, long dueSoon, long neverContacted,
			long noLiaison, long unreachable) {
		return new CoverageRow(regionCode, regionCode, people, covered, overdue, dueSoon, neverContacted, noLiaison,
				unreachable, (people == 0) ? 0 : (covered * 1000) / people);
	}

	CoverageRow withRegionName(String name) {
		return new CoverageRow(this.regionCode, name, this.people, this.covered, this.overdue, this.dueSoon,
				this.neverContacted, this.noLiaison, this.unreachable, this.coveragePerMille);
	}

}
