package org.rongjun.care.garrison;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.support.Texts;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of garrison units (军警部队). Units are deactivated rather than deleted, so
 * past visits and campaigns keep their name.
 */
@Service
@Transactional
public class GarrisonUnitService {

	private final GarrisonUnitRepository units;

	private final RegionDirectory regions;

	GarrisonUnitService(GarrisonUnitRepository units, RegionDirectory regions) {
		this.units = units;
		this.regions = regions;
	}

	public GarrisonUnit create(GarrisonUnitDraft draft, RegionScope scope) {
		check(draft, scope, null);
		return get(this.units.insert(draft), scope);
	}

	public GarrisonUnit update(long id, GarrisonUnitDraft draft, RegionScope scope) {
		get(id, scope);
		check(draft, scope, id);
		this.units.update(id, draft);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public GarrisonUnit get(long id, RegionScope scope) {
		GarrisonUnit unit = this.units.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("驻地部队不存在或不在您的数据范围内"));
		return unit.withRegionName(this.regions.nameOf(unit.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<GarrisonUnit> search(RegionScope scope, @Nullable String name, @Nullable Boolean active,
			PageQuery page) {
		PageResult<GarrisonUnit> found = this.units.search(scope, Texts.blankToNull(name), active, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(GarrisonUnit::regionCode).distinct().toList());
		return found.map((unit) -> unit.withRegionName(names.getOrDefault(unit.regionCode(), unit.regionCode())));
	}

	private void check(GarrisonUnitDraft draft, RegionScope scope, @Nullable Long self) {
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("不能在您的数据范围以外登记驻地部队");
		}
		if (this.units.nameTaken(region, draft.name().strip(), self)) {
			throw ProblemException.invalidField("name", "该区划已有同名部队");
		}
	}

}
