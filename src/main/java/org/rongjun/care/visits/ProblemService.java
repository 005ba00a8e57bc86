package org.rongjun.care.visits;

import java.util.stream.Collectors;

import java.util.List;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.care.ProblemStatus;
import org.rongjun.care.Problem;
import org.rongjun.care.ProblemDraft;
import org.rongjun.care.support.Scopes;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems raised on visits (实际问题), followed to resolution: who handles them, by when,
 * and the overdue list (保障法 Art 67: 及时掌握工作生活状况; local 台账 with 问题解决进度).
 */
@Service
@Transactional
public class ProblemService {

	private final VisitRepository visits;

	private final RegionDirectory regions;

	private final Clock clock;

	ProblemService(VisitRepository visits, RegionDirectory regions, Clock clock) {
		this.visits = visits;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Problem> search(ProblemSearch search, RegionScope scope, PageQuery page) {
		RegionScope region = (search.regionCode() != null && !search.regionCode().isBlank())
				? Scopes.narrow(scope, search.regionCode().strip()) : scope;
		LocalDate today = (search.asOf() != null) ? search.asOf() : LocalDate.now(this.clock);
		PageResult<Problem> found = this.visits.problems(region, search, today, page);
		Map<String, String> names = this.regions
			.namesOf(found.items().stream().map(Problem::regionCode).distinct().toList());
		return found
			.map((problem) -> problem.withRegionName(names.getOrDefault(problem.regionCode(), problem.regionCode())));
	}

	@Transactional(readOnly = true)
	public Problem get(long id, RegionScope scope) {
		Problem problem = this.visits.problem(id, scope, LocalDate.now(this.clock))
			.orElseThrow(() -> ProblemException.notFound("问题不存在或不在您的数据范围内"));
		return problem.withRegionName(this.regions.nameOf(problem.regionCode()));
	}

	public Problem start(long id, RegionScope scope) {
		get(id, scope).checkCanStart();
		this.visits.changeProblemStatus(id, ProblemStatus.IN_PROGRESS);
		return get(id, scope);
	}

	public Problem resolve(long id, @Nullable String closingNote, RegionScope scope, String username) {
		Problem problem = get(id, scope);
		problem.checkCanChange();
		this.visits.resolveProblem(id, Problem.closingNote(closingNote), LocalDate.now(this.clock), username);
		return get(id, scope);
	}

	public Problem reassign(long id, String assignee, LocalDate deadline, RegionScope scope) {
		Problem problem = get(id, scope);
		problem.checkCanChange();
		if (deadline.isBefore(problem.raisedOn())) {
			throw ProblemException.invalidField("deadline", "办理期限不能早于走访日期");
		}
		this.visits.reassignProblem(id, assignee.strip(), deadline);
		return get(id, scope);
	}

	/**
	 * Opens one problem per draft, raised on contact record {@code contactId} of the
	 * contact module (which checked the person is in the caller's scope); no deadline
	 * before the contact day.
	 */
	public void raiseOnContact(long contactId, long veteranId, String personName, String regionCode,
			LocalDate contactedOn, List<ProblemDraft> problems, String username) {
		for (int i = 0; i < problems.size(); i++) {
			if (problems.get(i).deadline().isBefore(contactedOn)) {
				throw ProblemException.invalidField("needs[" + i + "].deadline", "办理期限不能早于联系日期");
			}
		}
		for (ProblemDraft problem : problems) {
			this.visits.insertProblem(null, contactId, veteranId, contactedOn, personName, regionCode, problem,
					username);
		}
	}

	/** The problems raised on these contact records, by record id. */
	@Transactional(readOnly = true)
	public Map<Long, List<Problem>> ofContacts(List<Long> contactIds, RegionScope scope) {
		List<Problem> found = this.visits.problemsOfContacts(contactIds, scope, LocalDate.now(this.clock));
		Map<String, String> names = this.regions.namesOf(found.stream().map(Problem::regionCode).distinct().toList());
		return found.stream()
			.map((problem) -> problem.withRegionName(names.getOrDefault(problem.regionCode(), problem.regionCode())))
			.collect(Collectors.groupingBy(Problem::contactRecordId));
	}

}
