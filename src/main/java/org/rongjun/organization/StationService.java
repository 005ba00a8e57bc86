package org.rongjun.organization;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service centers and stations. A station is placed in a current region inside the
 * caller's scope; its kind (center or station) follows from that region's level, so it
 * cannot disagree with the law's split between county-level centers and township/village
 * stations.
 */
@Service
@Transactional
public class StationService {

	private final StationRepository stations;

	private final RegionRepository regions;

	StationService(StationRepository stations, RegionRepository regions) {
		this.stations = stations;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public PageResult<Station> search(RegionScope scope, @Nullable String regionCode, @Nullable String name,
			PageQuery page) {
		RegionScope filter = scope;
		if (regionCode != null && !regionCode.isBlank()) {
			if (!RegionCode.isValid(regionCode)) {
				throw ProblemException.invalidField("regionCode", "区划代码格式不正确");
			}
			filter = RegionScope.of(RegionCode.of(regionCode));
		}
		return this.stations.search(scope, filter, name, page);
	}

	@Transactional(readOnly = true)
	public Station get(long id, RegionScope scope) {
		return this.stations.find(id, scope).orElseThrow(() -> ProblemException.notFound("服务站点不存在或不在您的数据范围内"));
	}

	public Station create(StationDraft draft, RegionScope scope) {
		StationKind kind = placement(draft, scope, null);
		long id = this.stations.insert(draft, kind);
		return get(id, scope);
	}

	public Station update(long id, StationDraft draft, RegionScope scope) {
		get(id, scope);
		StationKind kind = placement(draft, scope, id);
		this.stations.update(id, draft, kind);
		return get(id, scope);
	}

	public void delete(long id, RegionScope scope) {
		Station station = get(id, scope);
		if (station.staffCount() > 0) {
			throw ProblemException.conflict("该站点仍有 " + station.staffCount() + " 名工作人员，请先调整或删除后再删除站点");
		}
		this.stations.delete(id);
	}

	private StationKind placement(StationDraft draft, RegionScope scope, @Nullable Long id) {
		Region region = this.regions.findCurrent(draft.regionCode())
			.orElseThrow(() -> ProblemException.invalidField("regionCode", "所选区划不存在或已撤销"));
		if (!scope.contains(draft.regionCode())) {
			throw ProblemException.outOfScope("不能在您的数据范围以外设立站点");
		}
		if (this.stations.nameTaken(draft.regionCode(), draft.name().strip(), id)) {
			throw ProblemException.invalidField("name", "该区划下已有同名站点");
		}
		return StationKind.forLevel(region.level());
	}

}
