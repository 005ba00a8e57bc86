package org.rongjun.care.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.VisitKind;
import org.rongjun.care.support.CareProperties;
import org.rongjun.care.support.Scopes;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit plans (定期走访慰问, 保障法 Art 59; 常态化联系, e.g. 每季度联系一次、每年走访一次) and the countdown board. A
 * plan's people are materialised from registry when it is saved or refreshed and kept
 * current on deaths and moves; each recorded visit moves the person's last dates, from
 * which the next due date is computed.
 */
@Service
@Transactional
public class VisitPlanService {

	private final VisitPlanRepository plans;

	private final RegionDirectory regions;

	private final CareProperties properties;

	private final Clock clock;

	VisitPlanService(VisitPlanRepository plans, RegionDirectory regions, CareProperties properties, Clock clock) {
		this.plans = plans;
		this.regions = regions;
		this.properties = properties;
		this.clock = clock;
	}

	public VisitPlan create(VisitPlanDraft draft, RegionScope scope, String username) {
		checkRegion(draft.regionCode(), scope);
		long id = this.plans.insert(draft, categories(draft), warnDays(draft), startsOn(draft), username);
		this.plans.materialise(id, this.properties.retiredOfficerDischargeTypes());
		return get(id, scope);
	}

	public VisitPlan update(long id, VisitPlanDraft draft, RegionScope scope) {
		VisitPlan plan = get(id, scope);
		checkRegion(plan.regionCode(), scope);
		checkRegion(draft.regionCode(), scope);
		this.plans.update(id, draft, categories(draft), warnDays(draft), startsOn(draft));
		this.plans.materialise(id, this.properties.retiredOfficerDischargeTypes());
		return get(id, scope);
	}

	/** Re-reads the plan's people from registry (new files, new categories, flags). */
	public VisitPlan refresh(long id, RegionScope scope) {
		VisitPlan plan = get(id, scope);
		checkRegion(plan.regionCode(), scope);
		this.plans.materialise(id, this.properties.retiredOfficerDischargeTypes());
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public VisitPlan get(long id, RegionScope scope) {
		VisitPlan plan = this.plans.find(id, scope).orElseThrow(() -> ProblemException.notFound("走访计划不存在或不在您的数据范围内"));
		return plan.withRegionName(this.regions.nameOf(plan.regionCode()));
	}

	@Transactional(readOnly = true)
	public List<VisitPlan> list(RegionScope scope) {
		List<VisitPlan> found = this.plans.list(scope);
		Map<String, String> names = this.regions.namesOf(found.stream().map(VisitPlan::regionCode).toList());
		return found.stream()
			.map((plan) -> plan.withRegionName(names.getOrDefault(plan.regionCode(), plan.regionCode())))
			.toList();
	}

	/**
	 * The board: people of active plans in {@code regionCode} (default the whole scope),
	 * soonest due first, optionally one colour only. {@code asOf} defaults to today.
	 */
	@Transactional(readOnly = true)
	public PageResult<CountdownEntry> countdown(@Nullable String regionCode, @Nullable Long planId,
			@Nullable CountdownColour colour, @Nullable LocalDate asOf, RegionScope scope, PageQuery page) {
		RegionScope region = (regionCode != null && !regionCode.isBlank()) ? Scopes.narrow(scope, regionCode.strip())
				: scope;
		PageResult<CountdownEntry> found = this.plans.countdown(region, planId, colour, day(asOf), page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(CountdownEntry::regionCode).distinct().toList());
		return found.map((entry) -> entry.withRegionName(names.getOrDefault(entry.regionCode(), entry.regionCode())));
	}

	/** Green, yellow and red counted per region one level below the board's region. */
	@Transactional(readOnly = true)
	public List<RegionCountdown> summary(@Nullable String regionCode, @Nullable Long planId, @Nullable LocalDate asOf,
			RegionScope scope) {
		RegionScope region = (regionCode != null && !regionCode.isBlank()) ? Scopes.narrow(scope, regionCode.strip())
				: scope;
		List<RegionCountdown> rows = this.plans.summary(region, planId, day(asOf), Scopes.childPrefixLength(region));
		Map<String, String> names = this.regions.namesOf(rows.stream().map(RegionCountdown::regionCode).toList());
		return rows.stream()
			.map((row) -> row.withRegionName(names.getOrDefault(row.regionCode(), row.regionCode())))
			.toList();
	}

	public void recordContact(long veteranId, VisitKind kind, LocalDate on) {
		this.plans.recordContact(veteranId, kind, on);
	}

	/**
	 * Puts one person back on exactly the plans they match now (after a death or a move).
	 */
	void resync(long veteranId) {
		this.plans.resyncVeteran(veteranId, this.properties.retiredOfficerDischargeTypes());
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(this.clock);
	}

	private void checkRegion(String regionCode, RegionScope scope) {
		String region = regionCode.strip();
		if (!RegionCode.isValid(region) || !this.regions.isCurrent(region)) {
			throw ProblemException.invalidField("regionCode", "所选区划不存在或已撤销");
		}
		if (!scope.contains(region)) {
			throw ProblemException.outOfScope("不能在您的数据范围以外制定走访计划");
		}
	}

	private List<String> categories(VisitPlanDraft draft) {
		if (draft.targetGroup() != TargetGroup.KEY_BENEFICIARY) {
			return List.of();
		}
		List<String> given = (draft.categories() != null)
				? draft.categories().stream().map(String::strip).filter((c) -> !c.isEmpty()).distinct().toList()
				: List.of();
		return given.isEmpty() ? this.properties.keyBeneficiaryCategories() : given;
	}

	private static int warnDays(VisitPlanDraft draft) {
		return (draft.warnDays() != null) ? draft.warnDays() : 30;
	}

	private LocalDate startsOn(VisitPlanDraft draft) {
		return (draft.startsOn() != null) ? draft.startsOn() : LocalDate.now(this.clock);
	}

}
