package org.rongjun.employment.posts;

/** What kind of unit an employer is; the first four may relax limits for veterans. */
public enum EmployerKind {

	GOVERNMENT, MASS_ORGANIZATION, PUBLIC_INSTITUTION, STATE_OWNED, PRIVATE, SOCIAL_ORGANIZATION;

	/**
	 * 机关、群团组织、事业单位和国有企业 may relax the age and education limits for veterans (退役军人保障法 Art
	 * 42 ¶1; 退役军人安置条例 Art 68 ¶1); other employers have no such rule.
	 */
	public boolean mayRelaxForVeterans() {
		return this == GOVERNMENT || this == MASS_ORGANIZATION || this == PUBLIC_INSTITUTION || this == STATE_OWNED;
	}

}
