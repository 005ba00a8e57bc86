package org.rongjun.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rongjun.care.plans.VisitPlanService;
import org.rongjun.care.support.CareProperties;
import org.rongjun.care.visits.ProblemService;
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

	private final ProblemService problems;

	private final VisitPlanService plans;

	private final CareProperties properties;

	ContactFollowUp(ProblemService problems, VisitPlanService plans, CareProperties properties) {
		this.problems = problems;
		this.plans = plans;
		this.properties = properties;
	}

	/** Opens one problem per draft, raised on contact record {@code contactId}. */
	public void raiseProblems(long contactId, long veteranId, String personName, String regionCode,
			LocalDate contactedOn, List<ProblemDraft> problems, String username) {
		this.problems.raiseOnContact(contactId, veteranId, personName, regionCode, contactedOn, problems, username);
	}

	/** The problems raised on these contact records, by record id. */
	@Transactional(readOnly = true)
	public Map<Long, List<Problem>> problemsOf(List<Long> contactIds, RegionScope scope) {
		return this.problems.ofContacts(contactIds, scope);
	}

	/**
	 * The person was contacted on {@code on}: their contact plans count from that day.
	 */
	public void recordContact(long veteranId, LocalDate on) {
		this.plans.recordContact(veteranId, VisitKind.CONTACT, on);
	}

	/**
	 * The beneficiary categories that make someone a 重点优抚对象 here (a county setting,
	 * docs/rules.md, care), which the contact module's cadences follow too.
	 */
	public List<String> keyBeneficiaryCategories() {
		return this.properties.keyBeneficiaryCategories();
	}

}
