package org.rongjun.contact;

import java.util.List;
import java.util.Map;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact cadence rules (联系频次) as data: the defaults with their source, and a county's
 * (or city's, province's) own figure with the local rule it follows. A change moves the
 * due day of everyone it governs at once.
 */
@Service
@Transactional
public class Cadences {

	private final CadenceRepository cadences;

	private final RegionDirectory regions;

	Cadences(CadenceRepository cadences, RegionDirectory regions) {
		this.cadences = cadences;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public List<Cadence> list(RegionScope scope) {
		List<Cadence> found = this.cadences.visible(scope);
		Map<String, String> names = this.regions
			.namesOf(found.stream().map(Cadence::regionCode).filter(java.util.Objects::nonNull).distinct().toList());
		return found.stream()
			.map((c) -> (c.regionCode() != null) ? c.withRegionName(names.getOrDefault(c.regionCode(), c.regionCode()))
					: c)
			.toList();
	}

	/** Sets a county-or-above region's own interval for a group. */
	public Cadence save(CadenceDraft draft, RegionScope scope, String username) {
		RegionCode region = region(draft.regionCode(), scope);
		long id = this.cadences.save(region, draft.group(), draft.intervalMonths(), draft.source().strip(), username);
		this.cadences.reapply(RegionScope.of(region), draft.group());
		return get(id);
	}

	/** Removes a region's own rule: its people follow the next rule up again. */
	public void delete(long id, RegionScope scope) {
		Cadence cadence = get(id);
		if (cadence.regionCode() == null) {
			throw ProblemException.conflict("默认规则不能删除，可为本县另设规则");
		}
		RegionCode region = region(cadence.regionCode(), scope);
		this.cadences.delete(id);
		this.cadences.reapply(RegionScope.of(region), cadence.group());
	}

	private Cadence get(long id) {
		return this.cadences.find(id).orElseThrow(() -> ProblemException.notFound("联系频次规则不存在"));
	}

	private RegionCode region(String code, RegionScope scope) {
		String region = code.strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("只能为您数据范围内的区划设置联系频次");
		}
		if (!RegionCode.of(region).level().isCountyOrAbove()) {
			throw ProblemException.invalidField("regionCode", "联系频次按县（市、区）及以上统一设置");
		}
		return RegionCode.of(region);
	}

}
