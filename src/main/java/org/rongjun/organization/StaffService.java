package org.rongjun.organization;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff belong to a station, and are visible and editable where their station is. A staff
 * member who is deactivated or removed has left ({@link StaffLeft}); one whose station
 * changes has moved ({@link StaffMoved}).
 */
@Service
@Transactional
public class StaffService {

	private final StaffRepository staff;

	private final StationRepository stations;

	private final ApplicationEventPublisher events;

	StaffService(StaffRepository staff, StationRepository stations, ApplicationEventPublisher events) {
		this.staff = staff;
		this.stations = stations;
		this.events = events;
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

	/**
	 * The staff member who works under login {@code username}, in any scope: the caller
	 * asks about themselves.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> findByUsername(String username) {
		return this.staff.findByUsername(username);
	}

	public StaffMember create(StaffDraft draft, RegionScope scope) {
		requireStation(draft.stationId(), scope);
		requireFreeUsername(draft, null);
		return get(this.staff.insert(draft), scope);
	}

	public StaffMember update(long id, StaffDraft draft, RegionScope scope) {
		StaffMember before = get(id, scope);
		requireStation(draft.stationId(), scope);
		requireFreeUsername(draft, id);
		this.staff.update(id, draft);
		StaffMember after = get(id, scope);
		if (before.active() && !after.active()) {
			this.events.publishEvent(new StaffLeft(id, before.stationId()));
		}
		else if (after.active() && before.stationId() != after.stationId()) {
			this.events.publishEvent(new StaffMoved(id, before.stationId(), after.stationId(), after.regionCode()));
		}
		return after;
	}

	public void delete(long id, RegionScope scope) {
		StaffMember staff = get(id, scope);
		this.staff.delete(id);
		if (staff.active()) {
			this.events.publishEvent(new StaffLeft(id, staff.stationId()));
		}
	}

	private void requireFreeUsername(StaffDraft draft, @Nullable Long id) {
		String username = (draft.username() != null) ? draft.username().strip() : "";
		if (!username.isEmpty() && this.staff.usernameTaken(username, id)) {
			throw ProblemException.invalidField("username", "该登录账号已关联其他工作人员");
		}
	}

	private void requireStation(long stationId, RegionScope scope) {
		if (this.stations.find(stationId, scope).isEmpty()) {
			throw ProblemException.invalidField("stationId", "所选站点不存在或不在您的数据范围内");
		}
	}

}
