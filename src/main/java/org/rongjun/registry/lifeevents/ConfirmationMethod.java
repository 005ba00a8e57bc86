package org.rongjun.registry.lifeevents;

/** How a person was confirmed (集中确认, 入户确认, 远程/人脸识别; docs/rules.md, registry). */
public enum ConfirmationMethod {

	ON_SITE, HOME_VISIT, REMOTE

}
