package org.rongjun.registry.lifeevents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.DeathCause;
import org.rongjun.registry.DisabilityCause;
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
		checkCause(veteranId, report.cause());
		if (veteran.deathDate() != null || !this.veterans.recordDeath(veteranId, death, username)) {
			throw ProblemException.conflict("该人员的去世信息已登记");
		}
		stopBeneficiaries(veteranId, null, report, username);
		this.events.publishEvent(new VeteranDied(veteranId, death.date(), today, report.cause()));
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

	/**
	 * 补登死亡原因: the cause of a death recorded before causes were kept. Its statutory effect
	 * runs then, as it would have at the report (the death is published again with it).
	 */
	public Veteran recordDeathCause(long veteranId, DeathCause cause, @Nullable String documents, RegionScope scope) {
		Veteran veteran = this.veterans.find(veteranId, scope)
			.orElseThrow(() -> ProblemException.notFound("人员不存在或不在您的数据范围内"));
		if (veteran.deathDate() == null) {
			throw ProblemException.invalidField("cause", "该人员未登记去世，不能登记死亡原因");
		}
		checkCause(veteranId, cause);
		String documented = (documents != null && !documents.isBlank()) ? documents.strip() : null;
		if (!this.veterans.recordDeathCause(veteranId, cause, documented)) {
			throw ProblemException.conflict("该人员的死亡原因已登记");
		}
		this.events.publishEvent(new VeteranDied(veteranId, veteran.deathDate(), LocalDate.now(this.clock), cause));
		return this.veterans.find(veteranId, scope).orElseThrow();
	}

	/**
	 * A veteran's death needs its cause; 旧伤复发 is a cause only for a 因战/因公 disability
	 * (抚恤条例 Art 32 ¶1).
	 */
	private void checkCause(long veteranId, @Nullable DeathCause cause) {
		if (cause == null) {
			throw ProblemException.invalidField("cause", "请选择死亡原因（因病、旧伤复发、因战、因公或其他）");
		}
		if (cause == DeathCause.OLD_INJURY && this.beneficiaries.heldBy(veteranId, null)
			.stream()
			.noneMatch((b) -> b.disabilityCause() != null && b.disabilityCause() != DisabilityCause.ILLNESS)) {
			throw ProblemException.invalidField("cause", "旧伤复发死亡仅适用于因战、因公致残的残疾军人（抚恤条例第三十二条第一款），请选择其他死亡原因");
		}
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
		String documents = (report.documents() != null && !report.documents().isBlank()) ? report.documents().strip()
				: null;
		return new Death(report.date(), report.source().strip(), remark, report.cause(), documents);
	}

}
