package org.rongjun.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.ContactFollowUp;
import org.rongjun.contact.FollowRepository.Selection;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.organization.StaffMember;
import org.rongjun.organization.StaffService;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people kept in touch with: taken on from the registry, listed for the boards' "no
 * one drops off the line" lists and for a liaison's own phone page, and handed to a
 * liaison one by one. A list's total is read from the boards' counts when it is not
 * narrowed by name or liaison, so a county's overdue list costs a page, not a count.
 */
@Service
@Transactional
public class ContactPeople {

	private final FollowRepository follows;

	private final CoverageRepository counts;

	private final VeteranRegistry registry;

	private final RegionDirectory regions;

	private final StaffService staff;

	private final ContactFollowUp care;

	private final ContactProperties properties;

	private final Clock clock;

	ContactPeople(FollowRepository follows, CoverageRepository counts, VeteranRegistry registry,
			RegionDirectory regions, StaffService staff, ContactFollowUp care, ContactProperties properties,
			Clock clock) {
		this.follows = follows;
		this.counts = counts;
		this.registry = registry;
		this.regions = regions;
		this.staff = staff;
		this.care = care;
		this.properties = properties;
		this.clock = clock;
	}

	/** Brings a region's people in line with the registry now (otherwise nightly). */
	public int sync(@Nullable String regionCode, RegionScope scope) {
		return sync(Selection.region(scope.narrowTo(regionCode)));
	}

	/** Everyone, as the nightly run does. */
	public int syncAll() {
		return sync(Selection.everyone());
	}

	/** Files registered since the last pick-up. */
	public int syncNew() {
		return sync(Selection.after(this.follows.highestVeteranId()));
	}

	int syncPerson(long veteranId) {
		return sync(Selection.person(veteranId));
	}

	private int sync(Selection selection) {
		return this.follows.sync(selection, this.care.keyBeneficiaryCategories(), today());
	}

	@Transactional(readOnly = true)
	public FollowedPerson get(long veteranId, RegionScope scope) {
		FollowedPerson person = this.follows.find(veteranId, scope, today())
			.orElseThrow(() -> ProblemException.notFound("该人员不在联系对象中或不在您的数据范围内"));
		return person.withRegionName(this.regions.nameOf(person.regionCode()));
	}

	/**
	 * The person as kept in touch with; a file registered since the last sync is taken on
	 * first. Refused when the file is outside the scope.
	 */
	FollowedPerson ensure(long veteranId, RegionScope scope) {
		Optional<FollowedPerson> found = this.follows.find(veteranId, scope, today());
		if (found.isPresent()) {
			return found.get();
		}
		this.registry.get(veteranId, scope);
		syncPerson(veteranId);
		return this.follows.find(veteranId, scope, today())
			.orElseThrow(() -> ProblemException.conflict("该人员已去世且无享受待遇的遗属，不再列入常态化联系"));
	}

	@Transactional(readOnly = true)
	public PageResult<FollowedPerson> search(PeopleFilter filter, @Nullable String regionCode, @Nullable Long liaisonId,
			@Nullable String name, RegionScope scope, PageQuery page) {
		RegionScope region = scope.narrowTo(regionCode);
		LocalDate today = today();
		LocalDate dueBy = today.plusDays(this.properties.warnDays());
		List<FollowedPerson> items = this.follows.search(region, filter, liaisonId, name, today, dueBy, page);
		boolean counted = liaisonId == null && (name == null || name.isBlank()) && region.root().isPresent();
		return named(page.result(items, () -> counted ? countedTotal(region, filter, today)
				: this.follows.count(region, filter, liaisonId, name, today, dueBy)));
	}

	/**
	 * The signed-in liaison's people: those due (overdue or due within the warning days)
	 * or all, soonest due first.
	 */
	@Transactional(readOnly = true)
	public PageResult<FollowedPerson> mine(String username, PeopleFilter filter, @Nullable String name,
			RegionScope scope, PageQuery page) {
		StaffMember me = this.staff.findByUsername(username)
			.orElseThrow(() -> ProblemException.conflict("您的账号尚未关联工作人员，请管理员在“工作人员”中填写登录账号"));
		LocalDate today = today();
		LocalDate dueBy = today.plusDays(this.properties.warnDays());
		List<FollowedPerson> items = this.follows.search(scope, filter, me.id(), name, today, dueBy, page);
		return named(page.result(items, () -> this.follows.count(scope, filter, me.id(), name, today, dueBy)));
	}

	/** The staff member the login works as, if one is linked. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> me(String username) {
		return this.staff.findByUsername(username);
	}

	/**
	 * Hands one person to a liaison, who must be active and serve the person's region
	 * (their station's region contains it); {@code staffId} null leaves them without one.
	 */
	public FollowedPerson assignLiaison(long veteranId, @Nullable Long staffId, RegionScope scope) {
		FollowedPerson person = ensure(veteranId, scope);
		if (staffId == null) {
			this.follows.assign(List.of(veteranId), null, null);
		}
		else {
			StaffMember liaison = liaison(staffId, scope);
			requireServes(liaison, person.regionCode(), "staffId");
			this.follows.assign(List.of(veteranId), liaison.id(), liaison.name());
		}
		return get(veteranId, scope);
	}

	/** An active staff member in the scope, as a liaison. */
	StaffMember liaison(long staffId, RegionScope scope) {
		StaffMember liaison;
		try {
			liaison = this.staff.get(staffId, scope);
		}
		catch (ProblemException ex) {
			throw ProblemException.invalidField("staffId", "所选联络员不存在或不在您的数据范围内");
		}
		if (!liaison.active()) {
			throw ProblemException.invalidField("staffId", "所选联络员已离岗，请选择在岗工作人员");
		}
		return liaison;
	}

	static void requireServes(StaffMember liaison, String regionCode, String field) {
		if (!RegionCode.of(regionCode).isWithin(RegionCode.of(liaison.regionCode()))) {
			throw ProblemException.invalidField(field,
					"联络员" + liaison.name() + "所在的" + liaison.stationName() + "不负责该村（社区），请选择本村或所属乡镇、县的工作人员");
		}
	}

	private long countedTotal(RegionScope region, PeopleFilter filter, LocalDate today) {
		CoverageRow total = this.counts.total(region.root().orElseThrow().value(), today,
				today.plusDays(this.properties.warnDays()));
		return switch (filter) {
			case ALL -> total.people();
			case NO_LIAISON -> total.noLiaison();
			case NEVER_CONTACTED -> total.neverContacted();
			case OVERDUE -> total.overdue();
			case UNREACHABLE -> total.unreachable();
			case DUE -> total.overdue() + total.dueSoon();
		};
	}

	private PageResult<FollowedPerson> named(PageResult<FollowedPerson> page) {
		Map<String, String> names = this.regions
			.namesOf(page.items().stream().map(FollowedPerson::regionCode).distinct().toList());
		return page
			.map((person) -> person.withRegionName(names.getOrDefault(person.regionCode(), person.regionCode())));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
