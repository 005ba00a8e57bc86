package org.rongjun.honors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.organization.Station;
import org.rongjun.organization.StationService;
import org.rongjun.registry.MilitaryHouseholds;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Glory plaques (光荣牌, 国办发〔2018〕72号): which households may hang one (derived from the
 * registry, see {@link PlaqueEligibility}), which have not yet, per service station, and
 * each plaque's life from issue to hanging, replacement or revocation.
 */
@Service
@Transactional
public class GloryPlaques {

	private final PlaqueHouseholdRepository households;

	private final GloryPlaqueRepository plaques;

	private final MilitaryHouseholds registry;

	private final RegionDirectory regions;

	private final StationService stations;

	private final Clock clock;

	GloryPlaques(PlaqueHouseholdRepository households, GloryPlaqueRepository plaques, MilitaryHouseholds registry,
			RegionDirectory regions, StationService stations, Clock clock) {
		this.households = households;
		this.plaques = plaques;
		this.registry = registry;
		this.regions = regions;
		this.stations = stations;
		this.clock = clock;
	}

	/**
	 * Re-derives the households of a scope from the registry: one set-based pass, grouped
	 * by household key in memory, written in batches. Households that lost their basis
	 * stay (with their plaque history) but leave the eligible lists.
	 */
	public PlaqueRefresh refresh(RegionScope scope) {
		Map<String, Group> groups = new LinkedHashMap<>();
		long[] read = { 0 };
		this.registry.forEach(scope, (file) -> {
			read[0]++;
			Set<PlaqueBasis> bases = PlaqueEligibility.bases(file);
			if (bases.isEmpty()) {
				return;
			}
			String key = PlaqueEligibility.householdKey(file.householdRegionCode(), file.address(), file.veteranId());
			Group group = groups.computeIfAbsent(key, (k) -> new Group(file.householdRegionCode(),
					(file.address() != null) ? file.address().strip() : null));
			group.names.add(file.name());
			group.veteranIds.add(file.veteranId());
			group.bases.addAll(bases);
			group.allDeceased &= PlaqueEligibility.basisDeceased(file);
		});
		List<PlaqueHouseholdRepository.Derived> derived = new ArrayList<>(groups.size());
		groups.forEach((key, g) -> derived.add(new PlaqueHouseholdRepository.Derived(key, headName(g.names),
				g.regionCode, g.address, g.bases, g.veteranIds, g.allDeceased)));
		Instant run = Instant.now(this.clock);
		for (int from = 0; from < derived.size(); from += 1000) {
			this.households.upsert(derived.subList(from, Math.min(derived.size(), from + 1000)), run);
		}
		int cleared = this.households.clearUnseen(scope, run);
		return new PlaqueRefresh(read[0], derived.size(), cleared);
	}

	private static String headName(List<String> names) {
		String joined = String.join("、", names);
		return (joined.length() <= 200) ? joined : joined.substring(0, 199) + "…";
	}

	private static final class Group {

		final String regionCode;

		final @Nullable String address;

		final List<String> names = new ArrayList<>();

		final List<Long> veteranIds = new ArrayList<>();

		final Set<PlaqueBasis> bases = EnumSet.noneOf(PlaqueBasis.class);

		boolean allDeceased = true;

		Group(String regionCode, @Nullable String address) {
			this.regionCode = regionCode;
			this.address = address;
		}

	}

	@Transactional(readOnly = true)
	public PageResult<PlaqueHousehold> households(RegionScope scope, @Nullable String regionCode, boolean unhungOnly,
			@Nullable String name, PageQuery page) {
		PageResult<PlaqueHousehold> found = this.households.list(scope, filter(regionCode), unhungOnly,
				(name != null && !name.isBlank()) ? name.strip() : null, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(PlaqueHousehold::regionCode).toList());
		return found.map((h) -> h.withRegionName(names.getOrDefault(h.regionCode(), h.regionCode())));
	}

	@Transactional(readOnly = true)
	public PlaqueHousehold household(long id, RegionScope scope) {
		PlaqueHousehold household = this.households.find(id, scope)
			.orElseThrow(() -> ProblemException.notFound("家庭不存在或不在您的数据范围内"));
		return household.withRegionName(this.regions.nameOf(household.regionCode()));
	}

	/**
	 * Eligible households without a hung plaque, per service station in the scope. A
	 * household counts once, for the station whose region is the nearest above it.
	 */
	@Transactional(readOnly = true)
	public List<StationBacklog> backlogByStation(RegionScope scope) {
		Map<String, Long> byRegion = this.households.unhungByRegion(scope);
		List<Station> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<Station> found = this.stations.search(scope, null, null,
					new PageQuery(page, PageQuery.MAX_SIZE));
			all.addAll(found.items());
			if ((long) (page + 1) * PageQuery.MAX_SIZE >= found.total()) {
				break;
			}
		}
		Map<Long, Long> counts = new LinkedHashMap<>();
		all.forEach((station) -> counts.put(station.id(), 0L));
		byRegion.forEach((region, count) -> {
			RegionCode code = RegionCode.of(region);
			Station nearest = null;
			for (Station station : all) {
				RegionCode at = RegionCode.of(station.regionCode());
				if (code.isWithin(at) && (nearest == null
						|| at.prefix().length() > RegionCode.of(nearest.regionCode()).prefix().length())) {
					nearest = station;
				}
			}
			if (nearest != null) {
				counts.merge(nearest.id(), count, Long::sum);
			}
		});
		List<StationBacklog> backlog = new ArrayList<>();
		for (Station station : all) {
			backlog.add(new StationBacklog(station.id(), station.name(), station.regionCode(), station.regionName(),
					counts.get(station.id())));
		}
		return backlog;
	}

	/** Issues a plaque to an eligible household that has none in use. */
	public GloryPlaque issue(long householdId, @Nullable LocalDate issuedOn, RegionScope scope, String username) {
		PlaqueHousehold household = this.households.find(householdId, scope)
			.orElseThrow(() -> ProblemException.notFound("家庭不存在或不在您的数据范围内"));
		if (household.revoked()) {
			throw GloryPlaque.refused("该家庭的光荣牌已被收回，不再发放");
		}
		if (!household.eligible()) {
			throw GloryPlaque.refused("该家庭不符合悬挂光荣牌条件");
		}
		if (household.plaqueId() != null) {
			throw GloryPlaque.refused("该家庭已有光荣牌（同时具备多个条件的家庭只悬挂一块）");
		}
		LocalDate on = (issuedOn != null) ? issuedOn : today();
		if (on.isAfter(today())) {
			throw ProblemException.invalidField("issuedOn", "发放日期不能晚于今天");
		}
		long id = this.plaques.insert(householdId, household.regionCode(), null, on, username);
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public GloryPlaque get(long id, RegionScope scope) {
		GloryPlaque plaque = load(id, scope);
		return plaque.withRegionName(this.regions.nameOf(plaque.regionCode()));
	}

	@Transactional(readOnly = true)
	public PageResult<GloryPlaque> list(RegionScope scope, @Nullable String regionCode, @Nullable PlaqueStatus status,
			@Nullable Long householdId, PageQuery page) {
		PageResult<GloryPlaque> found = this.plaques.list(scope, filter(regionCode), status, householdId, page);
		Map<String, String> names = this.regions.namesOf(found.items().stream().map(GloryPlaque::regionCode).toList());
		return found.map((p) -> p.withRegionName(names.getOrDefault(p.regionCode(), p.regionCode())));
	}

	public GloryPlaque hang(long id, @Nullable LocalDate hungOn, @Nullable String address, @Nullable String signedBy,
			RegionScope scope, String username) {
		GloryPlaque plaque = load(id, scope);
		LocalDate on = (hungOn != null) ? hungOn : today();
		plaque.checkHang(on, today());
		String where = (address != null && !address.isBlank()) ? address.strip() : plaque.householdAddress();
		if (where == null || where.isBlank()) {
			throw ProblemException.invalidField("address", "请填写悬挂地址");
		}
		if (signedBy == null || signedBy.isBlank()) {
			throw ProblemException.invalidField("signedBy", "请填写签字确认的家庭成员");
		}
		if (!this.plaques.hang(id, on, where, signedBy.strip(), username)) {
			throw GloryPlaque.refused("光荣牌状态已变化，请刷新后重试");
		}
		return get(id, scope);
	}

	/**
	 * Retires a hung plaque and issues its successor, which is then hung like any other.
	 */
	public GloryPlaque replace(long id, ReplacementReason reason, @Nullable LocalDate replacedOn,
			@Nullable String remark, RegionScope scope, String username) {
		GloryPlaque plaque = load(id, scope);
		PlaqueHousehold household = this.households.find(plaque.householdId(), scope)
			.orElseThrow(() -> ProblemException.notFound("家庭不存在或不在您的数据范围内"));
		LocalDate on = (replacedOn != null) ? replacedOn : today();
		plaque.checkReplace(on, today(), household.basisDeceased());
		if (!this.plaques.replace(id, reason, on, blankToNull(remark), username)) {
			throw GloryPlaque.refused("光荣牌状态已变化，请刷新后重试");
		}
		long successor = this.plaques.insert(plaque.householdId(), household.regionCode(), id, on, username);
		return get(successor, scope);
	}

	/** Takes a plaque back (由县级部门收回); the household is not offered a plaque again. */
	public GloryPlaque revoke(long id, @Nullable RevocationReason reason, @Nullable String remark,
			@Nullable LocalDate revokedOn, RegionScope scope, String username) {
		GloryPlaque plaque = load(id, scope);
		LocalDate on = (revokedOn != null) ? revokedOn : today();
		plaque.checkRevoke(reason, remark, on, today());
		if (reason == null || remark == null || !this.plaques.revoke(id, reason, on, remark.strip(), username)) {
			throw GloryPlaque.refused("光荣牌状态已变化，请刷新后重试");
		}
		this.households.markRevoked(plaque.householdId());
		return get(id, scope);
	}

	/** Queues a new conscript's family (a serving member's family from the send-off). */
	long queueConscriptFamily(String recruitName, String regionCode, String address) {
		String normalised = PlaqueEligibility.normaliseAddress(address);
		if (normalised == null) {
			throw new IllegalArgumentException("address required");
		}
		return this.households.queueConscriptFamily(PlaqueEligibility.addressKey(regionCode, normalised),
				recruitName + "（新兵）家庭", regionCode, address.strip());
	}

	private GloryPlaque load(long id, RegionScope scope) {
		return this.plaques.find(id, scope).orElseThrow(() -> ProblemException.notFound("光荣牌不存在或不在您的数据范围内"));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static @Nullable RegionScope filter(@Nullable String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			return null;
		}
		if (!RegionCode.isValid(regionCode)) {
			throw ProblemException.invalidField("regionCode", "区划代码格式不正确");
		}
		return RegionScope.of(RegionCode.of(regionCode));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
