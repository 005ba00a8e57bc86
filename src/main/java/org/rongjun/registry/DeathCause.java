package org.rongjun.registry;

/**
 * Why a person died (死亡性质), as the documents state it. For a disabled veteran it decides
 * what the death pays (抚恤条例 Art 32): {@link #OLD_INJURY} a 一次性抚恤金 at the 因公牺牲 standard
 * (¶1, only for 因战/因公 disability), {@link #ILLNESS} 12 months of the pension as 丧葬补助
 * (¶2). {@link #COMBAT} and {@link #DUTY} (a death in action or on duty after discharge)
 * go to the 烈士评定 / 因公牺牲 procedure; {@link #OTHER} (accident and the like) has no effect
 * of its own in Art 32.
 */
public enum DeathCause {

	ILLNESS("因病死亡"), OLD_INJURY("旧伤复发死亡"), COMBAT("因战死亡"), DUTY("因公死亡"), OTHER("其他原因死亡");

	private final String label;

	DeathCause(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
