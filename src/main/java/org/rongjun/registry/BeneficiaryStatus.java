package org.rongjun.registry;

import java.util.Map;
import java.util.Set;

/**
 * Where a beneficiary stands (CAM OBJECT.STATE): 受理 accepted, 享受待遇 receiving, 停发
 * suspended (e.g. missed annual confirmation, 抚恤条例 Art 8), 中止 paused (prison term, Art
 * 59), 取消 cancelled (Art 58–59), 迁移 transferred to another county, 去世 deceased. Cancelled
 * and deceased are final: a new entitlement is a new record.
 */
public enum BeneficiaryStatus {

	ACCEPTED("受理"), RECEIVING("享受待遇"), SUSPENDED("停发"), PAUSED("中止"), CANCELLED("取消"), TRANSFERRED("迁移"),
	DECEASED("去世");

	private static final Map<BeneficiaryStatus, Set<BeneficiaryStatus>> NEXT = Map.of(ACCEPTED,
			Set.of(RECEIVING, CANCELLED, TRANSFERRED, DECEASED), RECEIVING,
			Set.of(SUSPENDED, PAUSED, CANCELLED, TRANSFERRED, DECEASED), SUSPENDED,
			Set.of(RECEIVING, CANCELLED, TRANSFERRED, DECEASED), PAUSED, Set.of(RECEIVING, CANCELLED, DECEASED),
			TRANSFERRED, Set.of(ACCEPTED), CANCELLED, Set.of(), DECEASED, Set.of());

	private final String label;

	BeneficiaryStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean canMoveTo(BeneficiaryStatus next) {
		return NEXT.get(this).contains(next);
	}

	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

}
