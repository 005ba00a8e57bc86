package org.rongjun.benefits.death;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.DeathCause;
import org.rongjun.shared.ProblemException;

/**
 * A veteran's death and the 残疾抚恤金 records he held: the statutory effect of its cause.
 *
 * <ul>
 * <li>旧伤复发 of a 因战/因公 disability (抚恤条例 Art 32 ¶1; Art 12 ¶1 (二) calls it 因公牺牲): a 一次性抚恤金
 * at the 因公牺牲 standard of Art 15 ¶2, 上一年度全国城镇居民人均可支配收入 × 20 + 40 months of 基本工资; a
 * veteran out of service has no 基本工资 of his own, so Art 15 ¶2's floor, the 少尉军官基本工资 in
 * force at the death, applies. No 丧葬补助 months (¶2 is for 因病). The survivors are
 * registered for 因公牺牲军人遗属定期抚恤金 (category 22).</li>
 * <li>因病 (Art 32 ¶2): 12 months of the pension he received, as 丧葬补助; for a 1–4级 因战/因公
 * veteran the survivors are registered for 病故军人遗属定期抚恤金 (category 23).</li>
 * <li>其他 (accident and the like): Art 13 ¶2 treats a death not on a task 按照病故, so as
 * 因病.</li>
 * <li>因战/因公 after discharge: decided by 烈士评定 (褒扬条例 Art 8) or 因公牺牲 (Art 12), whose outcome
 * pays; the registration itself pays nothing of Art 32.</li>
 * </ul>
 */
public record VeteranDeath(DeathCause cause, LocalDate date, List<DisabilityHeld> disabilities) {

	static final int INCOME_TIMES_DUTY = 20;

	static final int BASE_PAY_MONTHS = 40;

	static final int FUNERAL_MONTHS_ILLNESS = 12;

	/**
	 * The effect, given last year's 全国城镇居民人均可支配收入 and the 少尉 base pay in force at the
	 * death (null when no figure is recorded).
	 */
	public DeathEffect effect(@Nullable Long lastYearIncomeFen, @Nullable Long basePayFen) {
		boolean disabled = !this.disabilities.isEmpty();
		boolean byServiceOrCombat = this.disabilities.stream().anyMatch(DisabilityHeld::inCombatOrOnDuty);
		List<String> effects = new ArrayList<>();
		effects.add("残疾抚恤金自去世次月起停发（去世当月照发）");
		return switch (this.cause) {
			case OLD_INJURY -> {
				if (!byServiceOrCombat) {
					throw ProblemException.invalidField("cause", "旧伤复发死亡仅适用于因战、因公致残的残疾军人（抚恤条例第三十二条第一款），请选择其他死亡原因");
				}
				int incomeYear = this.date.getYear() - 1;
				String missing = missing(lastYearIncomeFen, basePayFen, incomeYear);
				Long amount = null;
				String basis = null;
				if (missing == null) {
					amount = INCOME_TIMES_DUTY * lastYearIncomeFen + BASE_PAY_MONTHS * basePayFen;
					basis = String.format("%d年全国城镇居民人均可支配收入%s元×%d＋少尉军官基本工资%s元×%d个月＝%s元", incomeYear,
							yuan(lastYearIncomeFen), INCOME_TIMES_DUTY, yuan(basePayFen), BASE_PAY_MONTHS,
							yuan(amount));
					effects.add("按因公牺牲标准发给遗属一次性抚恤金：" + basis);
				}
				else {
					effects.add("按因公牺牲标准发给遗属一次性抚恤金；尚缺" + missing + "，录入后计算");
				}
				effects.add("不发放12个月丧葬补助（第三十二条第二款仅适用于因病死亡）");
				effects.add("遗属按规定登记因公牺牲军人遗属定期抚恤金（待办）");
				yield new DeathEffect(this.cause, "抚恤条例第三十二条第一款、第十五条第二款", 0, amount, incomeYear, lastYearIncomeFen,
						basePayFen, basis, missing, "22", List.copyOf(effects));
			}
			case ILLNESS, OTHER -> {
				String article = (this.cause == DeathCause.OTHER) ? "抚恤条例第三十二条第二款（第十三条第二款：按病故对待）" : "抚恤条例第三十二条第二款";
				if (!disabled) {
					yield new DeathEffect(this.cause, article, 0, null, null, null, null, null, null, null,
							List.of("未享受残疾抚恤金，第三十二条无丧葬补助"));
				}
				effects.add("继续发放12个月原享受的残疾抚恤金，作为丧葬补助（按去世当月标准）");
				boolean severe = this.disabilities.stream()
					.anyMatch((d) -> d.inCombatOrOnDuty() && d.grade() >= 1 && d.grade() <= 4);
				if (severe) {
					effects.add("因战、因公一至四级残疾军人：遗属按规定登记病故军人遗属定期抚恤金（待办）");
				}
				yield new DeathEffect(this.cause, article, FUNERAL_MONTHS_ILLNESS, null, null, null, null, null, null,
						severe ? "23" : null, List.copyOf(effects));
			}
			case COMBAT, DUTY -> {
				effects.add("须经烈士评定（烈士褒扬条例第八条）或因公牺牲确认（抚恤条例第十二条），按其结果发放；本次登记不发放丧葬补助");
				yield new DeathEffect(this.cause, "抚恤条例第十二条、烈士褒扬条例第八条", 0, null, null, null, null, null, null, null,
						List.copyOf(effects));
			}
		};
	}

	private static @Nullable String missing(@Nullable Long income, @Nullable Long basePay, int incomeYear) {
		List<String> missing = new ArrayList<>();
		if (income == null) {
			missing.add(incomeYear + "年全国城镇居民人均可支配收入");
		}
		if (basePay == null) {
			missing.add("少尉军官基本工资标准");
		}
		return missing.isEmpty() ? null : String.join("、", missing);
	}

	static String yuan(long fen) {
		return String.format("%d.%02d", fen / 100, fen % 100);
	}

}
