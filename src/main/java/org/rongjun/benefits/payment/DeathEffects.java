package org.rongjun.benefits.payment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.FamilyMemberDied;
import org.rongjun.registry.VeteranDied;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a death means for money already paid. Regular payment stops from the month after
 * the death (the beneficiary record is DECEASED, so no run pays it); the 丧葬补助 months are
 * paid by the next run (see {@link PaymentPreparation}); and months paid beyond them,
 * because the death was reported late, are recorded as an overpayment to recover (追缴,
 * 抚恤条例 Art 58; counted from the month paid through).
 */
@Component
class DeathEffects {

	private final JdbcClient jdbc;

	DeathEffects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * After the registry committed the death, in a transaction of its own; the event is
	 * stored with the death, so a stop before this ran delivers it after the restart (ADR
	 * 0022). Hearing it twice records nothing twice (the overpayment's unique key).
	 */
	@ApplicationModuleListener(id = "benefits.death-effects.veteran-died")
	void on(VeteranDied event) {
		recordOverpayments(event.veteranId(), null, event.deathDate());
	}

	@ApplicationModuleListener(id = "benefits.death-effects.family-member-died")
	void on(FamilyMemberDied event) {
		recordOverpayments(event.veteranId(), event.familyMemberId(), event.deathDate());
	}

	/**
	 * Lines paid or pending for months after the 丧葬补助 months: 12 months of 残疾抚恤金 (Art
	 * 32), 6 of 定期抚恤金 (Art 22) and of 参战/参试 定期生活补助 (Art 62, 61), none otherwise.
	 */
	int recordOverpayments(long veteranId, @Nullable Long familyMemberId, LocalDate deathDate) {
		return this.jdbc.sql("""
				insert into benefits.overpayment (beneficiary_id, benefit_type, veteran_id, region_code, first_month,
				                                  last_month, amount_fen, reason)
				select l.beneficiary_id, l.benefit_type, min(l.veteran_id), min(l.region_code), min(l.period_month),
				       max(l.period_month), sum(l.amount_fen),
				       format('去世日期%s，丧葬补助%s个月后仍发放%s个月，应追缴', to_char(cast(:death as date), 'YYYY-MM-DD'),
				              min(f.months), count(distinct l.period_month))
				from benefits.payment_line l
				join registry.entitlement e on e.beneficiary_id = l.beneficiary_id
				cross join lateral (select case
				        when l.benefit_type = 'DISABILITY_PENSION' then 12
				        when l.benefit_type = 'SURVIVOR_PENSION' then 6
				        when l.benefit_type = 'LIVING_SUBSIDY' and e.category in ('51', '61') then 6
				        else 0 end as months) f
				where e.veteran_id = :veteran and e.family_member_id is not distinct from cast(:member as bigint)
				  and l.attempt = 0 and l.state <> 'FAILED' and l.kind in ('REGULAR', 'TOP_UP')
				  and l.period_month > date_trunc('month', cast(:death as date)) + make_interval(months => f.months)
				group by l.beneficiary_id, l.benefit_type
				on conflict do nothing
				""").param("veteran", veteranId).param("member", familyMemberId).param("death", deathDate).update();
	}

}
