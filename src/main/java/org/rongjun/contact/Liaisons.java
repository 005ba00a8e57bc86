package org.rongjun.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.contact.FollowRepository.Selection;
import org.rongjun.organization.Region;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.organization.StaffMember;
import org.rongjun.organization.StaffService;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Liaisons (联络员): assigned in bulk by village, handed over from one staff member to
 * another, released when staff leave or move station, and their workload from the
 * maintained counts. A liaison serves the region of their station: a village station's
 * staff their village, a township's its villages, a county center's the county.
 */
@Service
@Transactional
public class Liaisons {

	private final FollowRepository follows;

	private final VillageLiaisonRepository villages;

	private final CoverageRepository counts;

	private final ContactPeople people;

	private final RegionDirectory regions;

	private final StaffService staff;

	private final ContactProperties properties;

	private final Clock clock;

	Liaisons(FollowRepository follows, VillageLiaisonRepository villages, CoverageRepository counts,
			ContactPeople people, RegionDirectory regions, StaffService staff, ContactProperties properties,
			Clock clock) {
		this.follows = follows;
		this.villages = villages;
		this.counts = counts;
		this.people = people;
		this.regions = regions;
		this.staff = staff;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The villages of a township (or of the village itself) with their liaison and how
	 * many of their people have none.
	 */
	@Transactional(readOnly = true)
	public List<VillageLiaison> villages(String townshipCode, RegionScope scope) {
		RegionScope township = scope.narrowTo(townshipCode);
		String root = township.root().orElseThrow().value();
		Map<String, VillageLiaisonRepository.Assigned> assigned = this.villages.within(township);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, CoverageRow> rows = new java.util.HashMap<>();
		this.counts.rows(root, today, today).forEach((row) -> rows.put(row.regionCode(), row));
		List<Region> list = (RegionCode.of(root).level() == RegionLevel.VILLAGE)
				? List.of(this.regions.find(root, scope)) : this.regions.children(root, scope);
		List<VillageLiaison> result = new ArrayList<>();
		for (Region village : list) {
			VillageLiaisonRepository.Assigned a = assigned.get(village.code());
			CoverageRow row = rows.get(village.code());
			result.add(new VillageLiaison(village.code(), village.name(), (a != null) ? a.liaisonId() : null,
					(a != null) ? a.liaisonName() : null, (row != null) ? row.people() : 0,
					(row != null) ? row.noLiaison() : 0));
		}
		return result;
	}

	/**
	 * Makes {@code staffId} the liaison of the villages and hands them their people;
	 * returns how many people were handed. The villages' people are taken on from the
	 * registry first, so a file registered today is included.
	 */
	public long assignVillages(VillageAssignment assignment, RegionScope scope, String username) {
		StaffMember liaison = this.people.liaison(assignment.staffId(), scope);
		List<String> codes = assignment.villageCodes().stream().map(String::strip).distinct().toList();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			String field = "villageCodes[" + i + "]";
			if (!RegionCode.isValid(code) || !this.regions.isCurrent(code)) {
				throw ProblemException.invalidField(field, "区划代码不存在或已撤销：" + code);
			}
			if (!scope.contains(code)) {
				throw ProblemException.outOfScope("所选村（社区）不在您的数据范围内：" + code);
			}
			ContactPeople.requireServes(liaison, code, field);
		}
		for (String code : codes) {
			this.follows.sync(Selection.region(RegionScope.of(RegionCode.of(code))), List.of(),
					LocalDate.now(this.clock));
		}
		this.villages.set(codes, liaison.id(), liaison.name(), username);
		return this.follows.assignVillages(codes, liaison.id(), liaison.name(),
				Boolean.TRUE.equals(assignment.onlyUnassigned()));
	}

	/**
	 * Hands everything {@code fromStaffId} holds inside the caller's scope to
	 * {@code toStaffId}: people in the area the new liaison serves are moved, the others
	 * are left without a liaison (and show on the "no liaison" list).
	 */
	public Handover handOver(long fromStaffId, long toStaffId, RegionScope scope) {
		if (fromStaffId == toStaffId) {
			throw ProblemException.invalidField("toStaffId", "请选择另一位联络员");
		}
		StaffMember to = this.people.liaison(toStaffId, scope);
		// The new liaison's station is inside the scope, so the area they serve is too.
		RegionScope served = RegionScope.of(RegionCode.of(to.regionCode()));
		long before = this.follows.countOfLiaison(fromStaffId, scope);
		long moved = this.follows.handOver(fromStaffId, served, to.id(), to.name());
		this.villages.handOver(fromStaffId, served, to.id(), to.name());
		this.follows.handOver(fromStaffId, scope, null, null);
		this.villages.handOver(fromStaffId, scope, null, null);
		return new Handover(moved, before - moved);
	}

	/** The staff in the scope with their load, busiest (most overdue) first. */
	@Transactional(readOnly = true)
	public List<LiaisonWorkload> workload(@Nullable String regionCode, RegionScope scope) {
		RegionScope region = scope.narrowTo(regionCode);
		List<StaffMember> members = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<StaffMember> found = this.staff.search(region, null, null,
					new PageQuery(page, PageQuery.MAX_SIZE));
			members.addAll(found.items());
			if ((long) (page + 1) * PageQuery.MAX_SIZE >= found.total()) {
				break;
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, CoverageRow> loads = this.counts.liaisons(members.stream().map(StaffMember::id).toList(), today,
				today.plusDays(this.properties.warnDays()));
		CoverageRow none = CoverageRow.of("", 0, 0, 0, 0, 0, 0, 0);
		return members.stream().map((m) -> {
			CoverageRow load = loads.getOrDefault(m.id(), none);
			return new LiaisonWorkload(m.id(), m.name(), m.stationName(), m.regionCode(), m.active(), load.people(),
					load.overdue(), load.dueSoon(), load.neverContacted(), load.unreachable());
		})
			.filter((w) -> w.active() || w.people() > 0)
			.sorted(java.util.Comparator.comparingLong(LiaisonWorkload::overdue)
				.reversed()
				.thenComparing(java.util.Comparator.comparingLong(LiaisonWorkload::people).reversed()))
			.toList();
	}

	/** A staff member left: their people and villages wait for a new liaison. */
	void left(long staffId) {
		// The empty scope contains nothing, so everything they held is outside it.
		this.follows.releaseOutside(staffId, RegionScope.none());
		this.villages.releaseOutside(staffId, RegionScope.none());
	}

	/**
	 * A staff member moved station: they keep only people and villages they still serve.
	 */
	void moved(long staffId, String regionCode) {
		RegionScope served = RegionScope.of(RegionCode.of(regionCode));
		this.follows.releaseOutside(staffId, served);
		this.villages.releaseOutside(staffId, served);
	}

}
