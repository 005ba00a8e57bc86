package org.rongjun.registry.roster;

/**
 * What a roster lists: people (退役军人花名册, one person file per row) or family members and 三属
 * survivors, each row linked to a veteran's or martyr's file by that person's ID number.
 */
public enum RosterKind {

	VETERANS("人员名册"), FAMILY("家庭成员及三属名册");

	private final String label;

	RosterKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
