package org.rongjun.honors;

/**
 * Why a plaque is taken back by the county (provincial implementing rules,
 * docs/rules.md): a household member sentenced to a criminal punishment, an
 * administrative penalty with a bad public impact, a serving member dismissed or expelled
 * from the forces, a household that should not have had one (its basis died before
 * 2018-07-29), or another reason spelled out in the remark.
 */
public enum RevocationReason {

	CRIMINAL_PUNISHMENT, PUBLIC_SECURITY_PENALTY, DISMISSED_FROM_SERVICE, DIED_BEFORE_2018, OTHER

}
