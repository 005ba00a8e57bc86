package org.rongjun.registry;

import java.util.List;

import org.rongjun.registry.beneficiary.Beneficiary;
import org.rongjun.registry.beneficiary.BeneficiaryRepository;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.beneficiary.BeneficiaryStatusChange;
import org.rongjun.registry.beneficiary.PaymentAttributes;
import org.rongjun.registry.beneficiary.StatusChangeRequest;
import org.rongjun.registry.dictionary.DictionaryKind;
import org.rongjun.registry.dictionary.DictionaryService;
import org.rongjun.registry.family.FamilyMemberRepository;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beneficiary categories of a veteran and their family members, and their status
 * lifecycle. Every status, the first included, is written to the history with who set it.
 */
@Service
@Transactional
public class BeneficiaryService {

	private final BeneficiaryRepository beneficiaries;

	private final VeteranRepository veterans;

	private final FamilyMemberRepository members;

	private final DictionaryService dictionary;

	private final ApplicationEventPublisher events;

	BeneficiaryService(BeneficiaryRepository beneficiaries, VeteranRepository veterans, FamilyMemberRepository members,
			DictionaryService dictionary, ApplicationEventPublisher events) {
		this.beneficiaries = beneficiaries;
		this.veterans = veterans;
		this.members = members;
		this.dictionary = dictionary;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Beneficiary> list(long veteranId, RegionScope scope) {
		requireVeteran(veteranId, scope);
		return this.beneficiaries.list(veteranId, scope);
	}

	@Transactional(readOnly = true)
	public Beneficiary get(long id, RegionScope scope) {
		return this.beneficiaries.find(id, scope).orElseThrow(() -> ProblemException.notFound("优抚对象不存在或不在您的数据范围内"));
	}

	public Beneficiary add(long veteranId, BeneficiaryDraft draft, RegionScope scope, String username) {
		requireVeteran(veteranId, scope);
		if (draft.familyMemberId() != null && this.members.find(veteranId, draft.familyMemberId(), scope).isEmpty()) {
			throw ProblemException.invalidField("familyMemberId", "该家庭成员不属于此退役军人");
		}
		String category = this.dictionary.requireActive(DictionaryKind.BENEFICIARY_CATEGORY, draft.category(),
				"category");
		Beneficiary.checkDisability(java.util.Objects.requireNonNull(category), draft.disabilityGrade(),
				draft.disabilityCause());
		if (this.beneficiaries.holds(veteranId, draft.familyMemberId(), category)) {
			throw ProblemException.invalidField("category", "此人已登记该优抚对象类别");
		}
		long id = this.beneficiaries.insert(veteranId, draft, BeneficiaryStatus.ACCEPTED);
		this.beneficiaries.recordChange(id, null, BeneficiaryStatus.ACCEPTED, username, null, null);
		return get(id, scope);
	}

	/**
	 * Corrects the household type and the 孤老 mark; the next payment run pays by them.
	 */
	public Beneficiary updatePaymentAttributes(long id, PaymentAttributes attributes, RegionScope scope) {
		get(id, scope);
		this.beneficiaries.updatePaymentAttributes(id, attributes);
		return get(id, scope);
	}

	public Beneficiary changeStatus(long id, StatusChangeRequest request, RegionScope scope, String username) {
		Beneficiary beneficiary = get(id, scope);
		Beneficiary.StatusChange change = beneficiary.changeTo(request.status(), request.reason(),
				request.paidThroughMonth());
		this.beneficiaries.changeStatus(id, change, username);
		this.events.publishEvent(new BeneficiaryStatusChanged(id, beneficiary.veteranId(), beneficiary.familyMemberId(),
				beneficiary.personName(), beneficiary.category(), change.from(), change.to(), change.reason()));
		return get(id, scope);
	}

	@Transactional(readOnly = true)
	public List<BeneficiaryStatusChange> history(long id, RegionScope scope) {
		get(id, scope);
		return this.beneficiaries.history(id, scope);
	}

	private void requireVeteran(long veteranId, RegionScope scope) {
		if (this.veterans.find(veteranId, scope).isEmpty()) {
			throw ProblemException.notFound("人员不存在或不在您的数据范围内");
		}
	}

}
