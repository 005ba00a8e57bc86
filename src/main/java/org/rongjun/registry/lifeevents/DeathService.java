package org.rongjun.registry.lifeevents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.FamilyMemberDied;
import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranDied;
import org.rongjun.registry.beneficiary.Beneficiary;
import org.rongjun.registry.beneficiary.BeneficiaryRepository;
import org.rongjun.registry.BeneficiaryStatus;
import org.rongjun.registry.family.FamilyMember;
import org.rongjun.registry.family.FamilyMemberRepository;
import org.rongjun.registry.person.Death;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the death of a veteran or a family member. Every beneficiary record the person
 * still holds becomes DECEASED with a history row giving the source and the month paid
 * through, from which benefits computes the 丧葬补助 (抚恤条例 Art 22) and recovers overpayments
 * (抚恤条例 Art 58). A record already TRANSFERRED to another county is left to that county.
 */
@Service
@Transactional
public class DeathService {

	private final VeteranRepository veterans;

	private final FamilyMemberRepository members;

	private final BeneficiaryRepository beneficiaries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeathService(VeteranRepository veterans, FamilyMemberRepository members, BeneficiaryRepository beneficiaries,
			ApplicationEventPublisher events, Clock clock) {
		this.veterans = veterans;
		this.members = members;
		this.beneficiaries = beneficiaries;
		this.events = events;
		this.clock = clock;
	}

	public Veteran recordDeath(long veteranId, DeathReport report, RegionScope scope, String username) {
		Veteran veteran = this.veterans.find(veteranId, scope)
			.orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		LocalDate today = LocalDate.now(this.clock);
		Death death = check(report, veteran.birthDate(), today);
		if (veteran.deathDate() != null || !this.veterans.recordDeath(veteranId, death, username)) {
			throw ProblemException.conflict("该人员的去世信息已登记");
		}
		stopBeneficiaries(veteranId, null, report, username);
		this.events.publishEvent(new VeteranDied(veteranId, death.date(), today));
		return this.veterans.find(veteranId, scope).orElseThrow();
	}

	public FamilyMember recordDeath(long veteranId, long memberId, DeathReport report, RegionScope scope,
			String username) {
		FamilyMember member = this.members.find(veteranId, memberId, scope)
			.orElseThrow(() -> ProblemException.notFound("家庭成员不存在或不在您的数据范围内"));
		LocalDate today = LocalDate.now(this.clock);
		Death death = check(report, member.birthDate(), today);
		if (member.deathDate() != null || !this.members.recordDeath(memberId, death, username)) {
			throw ProblemException.conflict("该家庭成员的去世信息已登记");
		}
		stopBeneficiaries(veteranId, memberId, report, username);
		this.events.publishEvent(new FamilyMemberDied(veteranId, memberId, death.date(), today));
		return this.members.find(veteranId, memberId, scope).orElseThrow();
	}

	private void stopBeneficiaries(long veteranId, @Nullable Long memberId, DeathReport report, String username) {
		YearMonth paidThrough = (report.paidThroughMonth() != null) ? report.paidThroughMonth()
				: YearMonth.from(report.date());
		for (Beneficiary beneficiary : this.beneficiaries.heldBy(veteranId, memberId)) {
			if (beneficiary.status().canMoveTo(BeneficiaryStatus.DECEASED)) {
				Beneficiary.StatusChange change = beneficiary.changeTo(BeneficiaryStatus.DECEASED,
						report.source().strip(), paidThrough);
				this.beneficiaries.changeStatus(beneficiary.id(), change, username);
			}
		}
	}

	private static Death check(DeathReport report, @Nullable LocalDate birthDate, LocalDate today) {
		if (report.date().isAfter(today)) {
			throw ProblemException.invalidField("date", "去世日期不能晚于今天");
		}
		if (birthDate != null && report.date().isBefore(birthDate)) {
			throw ProblemException.invalidField("date", "去世日期不能早于出生日期");
		}
		if (report.paidThroughMonth() != null
				&& report.paidThroughMonth().isAfter(YearMonth.from(today).plusYears(1))) {
			throw ProblemException.invalidField("paidThroughMonth", "抚恤金已发至月份不正确");
		}
		String remark = (report.remark() != null && !report.remark().isBlank()) ? report.remark().strip() : null;
		return new Death(report.date(), report.source().strip(), remark);
	}

}
