package org.rongjun.organization;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff belong to a station, and are visible and editable where their station is. */
@Service
@Transactional
public class StaffService {

	private final StaffRepository staff;

	private final StationRepository stations;

	StaffService(StaffRepository staff, StationRepository stations) {
		this.staff = staff;
		this.stations = stations;
	}

	@Transactional(readOnly = true)
	public PageResult<StaffMember> search(RegionScope scope, @Nullable Long stationId, @Nullable String name,
			PageQuery page) {
		return this.staff.search(scope, stationId, name, page);
	}

	@Transactional(readOnly = true)
	public StaffMember get(long id, RegionScope scope) {
		return this.staff.find(id, scope).orElseThrow(() -> ProblemException.notFound("工作人员不存在或不在您的数据范围内"));
	}

	public StaffMember create(StaffDraft draft, RegionScope scope) {
		requireStation(draft.stationId(), scope);
		return get(this.staff.insert(draft), scope);
	}

	public StaffMember update(long id, StaffDraft draft, RegionScope scope) {
		get(id, scope);
		requireStation(draft.stationId(), scope);
		this.staff.update(id, draft);
		return get(id, scope);
	}

	public void delete(long id, RegionScope scope) {
		get(id, scope);
		this.staff.delete(id);
	}

	private void requireStation(long stationId, RegionScope scope) {
		if (this.stations.find(stationId, scope).isEmpty()) {
			throw ProblemException.invalidField("stationId", "所选站点不存在或不在您的数据范围内");
		}
	}

}
