package org.rongjun.portal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.rongjun.benefits.BenefitType;
import org.rongjun.benefits.history.PaymentHistory;
import org.rongjun.benefits.history.PaymentHistoryLine;
import org.rongjun.identity.PortalPrincipal;
import org.rongjun.registry.HouseholdMember;
import org.rongjun.registry.OwnFiles;
import org.rongjun.registry.Veteran;
import org.rongjun.shared.Gender;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.PartialDate;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person sees of their own: the file's facts (numbers masked), the
 * household, and every payment line of the file with its state and, for a failed one, the
 * bank's reason. The file is always the session's.
 */
@Service
@Transactional(readOnly = true)
public class SelfService {

	private final OwnFiles files;

	private final PaymentHistory payments;

	SelfService(OwnFiles files, PaymentHistory payments) {
		this.files = files;
		this.payments = payments;
	}

	/** The facts of one's own file as the portal shows them. */
	public record OwnFile(String name, Gender gender, LocalDate birthDate, String idNumberMasked,
			@Nullable String phoneMasked, @Nullable String bankName, @Nullable String bankAccountMasked,
			String householdRegionName, @Nullable String address, @Nullable PartialDate enlistmentDate,
			@Nullable PartialDate dischargeDate, @Nullable String militaryBranch, @Nullable String dischargeType,
			List<String> categories) {
	}

	/** One month's money of one person of the file. */
	public record Payment(String personName, String benefit, LocalDate periodMonth, long amountFen, String state,
			@Nullable String failureReason, @Nullable LocalDate settledOn, @Nullable String bankAccountMask) {
	}

	public OwnFile file(PortalPrincipal me) {
		Veteran file = this.files.file(me.veteranId());
		return new OwnFile(file.name(), file.gender(), file.birthDate(), file.idNumberMasked(), file.phoneMasked(),
				file.bankName(), file.bankAccountMasked(), file.householdRegionName(), file.address(),
				file.enlistmentDate(), file.dischargeDate(), file.militaryBranch(), file.dischargeType(),
				file.categories());
	}

	public List<HouseholdMember> household(PortalPrincipal me) {
		return this.files.household(me.veteranId());
	}

	/**
	 * Every line of the file paid by a region of its province: the person's own money,
	 * also what a former county of the province paid before a transfer.
	 */
	public PageResult<Payment> payments(PortalPrincipal me, PageQuery page) {
		Veteran file = this.files.file(me.veteranId());
		RegionCode province = RegionCode.of(file.householdRegionCode().substring(0, 2) + "0000000000");
		return this.payments.of(file.id(), RegionScope.of(province), page).map(SelfService::payment);
	}

	private static Payment payment(PaymentHistoryLine line) {
		String benefit = line.benefitType();
		for (BenefitType type : BenefitType.values()) {
			if (type.name().equals(benefit)) {
				benefit = type.label();
			}
		}
		return new Payment(line.personName(), benefit, line.periodMonth(), line.amountFen(), line.state(),
				line.failureReason(), line.settledOn(), line.bankAccountMask());
	}

}
