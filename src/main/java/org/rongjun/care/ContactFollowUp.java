package org.rongjun.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a contact recorded by the contact module (常态化联系) means for care: the problems
 * heard on it join care's ledger of 实际问题 (owner, deadline, closing note, the overdue
 * list), and the contact counts on the countdown board like a visit of kind
 * {@link VisitKind#CONTACT}. The contact module has already checked the person is in the
 * caller's scope.
 */
@Service
@Transactional
public class ContactFollowUp {

	private final VisitRepository visits;

	private final VisitPlanService plans;

	private final RegionDirectory regions;

	private final Clock clock;

	ContactFollowUp(VisitRepository visits, VisitPlanService plans, RegionDirectory regions, Clock clock) {
		this.visits = visits;
		this.plans = plans;
		this.regions = regions;
		this.clock = clock;
	}

	/** Opens one problem per draft, raised on contact record {@code contactId}. */
	public void raiseProblems(long contactId, long veteranId, String personName, String regionCode,
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
	public Map<Long, List<Problem>> problemsOf(List<Long> contactIds, RegionScope scope) {
		List<Problem> found = this.visits.problemsOfContacts(contactIds, scope, LocalDate.now(this.clock));
		Map<String, String> names = this.regions.namesOf(found.stream().map(Problem::regionCode).distinct().toList());
		return found.stream()
			.map((problem) -> problem.withRegionName(names.getOrDefault(problem.regionCode(), problem.regionCode())))
			.collect(Collectors.groupingBy(Problem::contactRecordId));
	}

	/**
	 * The person was contacted on {@code on}: their contact plans count from that day.
	 */
	public void recordContact(long veteranId, LocalDate on) {
		this.plans.recordContact(veteranId, VisitKind.CONTACT, on);
	}

}
