package org.rongjun.care.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.ProblemDraft;
import org.rongjun.care.Problem;
import org.rongjun.care.VisitRecorded;
import org.rongjun.care.garrison.GarrisonUnit;
import org.rongjun.care.garrison.GarrisonUnitService;
import org.rongjun.care.plans.VisitPlanService;
import org.rongjun.care.support.Scopes;
import org.rongjun.care.support.Texts;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records visits (走访慰问) to people and garrison units. A visit to a person moves their
 * last contact (and, for a home visit, last visit) date on the countdown board; every
 * problem heard becomes an OPEN {@link Problem}.
 */
@Service
@Transactional
public class VisitService {

	private final VisitRepository visits;

	private final VisitPlanService plans;

	private final VeteranRegistry veterans;

	private final GarrisonUnitService units;

	private final RegionDirectory regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitService(VisitRepository visits, VisitPlanService plans, VeteranRegistry veterans, GarrisonUnitService units,
			RegionDirectory regions, ApplicationEventPublisher events, Clock clock) {
		this.visits = visits;
		this.plans = plans;
		this.veterans = veterans;
		this.units = units;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	public Visit record(VisitDraft draft, RegionScope scope, String username) {
		LocalDate today = LocalDate.now(this.clock);
		if ((draft.veteranId() == null) == (draft.garrisonUnitId() == null)) {
			throw ProblemException.invalidField("veteranId", "请选择走访对象（人员或驻地部队，二选一）");
		}
		if (draft.visitedOn().isAfter(today)) {
			throw ProblemException.invalidField("visitedOn", "走访日期不能晚于今天");
		}
		List<ProblemDraft> problems = (draft.problems() != null) ? draft.problems() : List.of();
		for (int i = 0; i < problems.size(); i++) {
			if (problems.get(i).deadline().isBefore(draft.visitedOn())) {
				throw ProblemException.invalidField("problems[" + i + "].deadline", "办理期限不能早于走访日期");
			}
		}
		String subject;
		String region;
		if (draft.veteranId() != null) {
			Veteran veteran = this.veterans.get(draft.veteranId(), scope);
			subject = veteran.name();
			region = veteran.householdRegionCode();
		}
		else {
			GarrisonUnit unit = this.units.get(draft.garrisonUnitId(), scope);
			subject = unit.name();
			region = unit.regionCode();
		}
		long id = this.visits.insert(draft, subject, region, username);
		for (ProblemDraft problem : problems) {
			this.visits.insertProblem(id, null, draft.veteranId(), draft.visitedOn(), subject, region, problem,
					username);
		}
		if (draft.veteranId() != null) {
			this.plans.recordContact(draft.veteranId(), draft.kind(), draft.visitedOn());
		}
		this.events.publishEvent(
				new VisitRecorded(id, draft.veteranId(), draft.garrisonUnitId(), draft.kind(), draft.visitedOn(),
						region, problems.size(), draft.visitors().strip(), Texts.blankToNull(draft.opinions())));
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public Visit get(long id, RegionScope scope) {
		Visit visit = this.visits.find(id, scope).orElseThrow(() -> ProblemException.notFound("走访记录不存在或不在您的数据范围内"));
		LocalDate today = LocalDate.now(this.clock);
		String name = this.regions.nameOf(visit.regionCode());
		List<Problem> problems = this.visits.problemsOf(List.of(id), scope, today)
			.stream()
			.map((problem) -> problem.withRegionName(name))
			.toList();
		return visit.with(name, problems);
	}

	@Transactional(readOnly = true)
	public PageResult<Visit> search(@Nullable String regionCode, @Nullable Long veteranId,
			@Nullable Long garrisonUnitId, @Nullable LocalDate from, @Nullable LocalDate to, RegionScope scope,
			PageQuery page) {
		RegionScope region = (regionCode != null && !regionCode.isBlank()) ? Scopes.narrow(scope, regionCode.strip())
				: scope;
		PageResult<Visit> found = this.visits.search(region, veteranId, garrisonUnitId, from, to, page);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<Problem>> problems = this.visits
			.problemsOf(found.items().stream().map(Visit::id).toList(), scope, today)
			.stream()
			.collect(Collectors.groupingBy(Problem::visitId));
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(Visit::regionCode).distinct().toList());
		return found.map((visit) -> visit.with(names.getOrDefault(visit.regionCode(), visit.regionCode()),
				problems.getOrDefault(visit.id(), List.of())));
	}

}
