package org.rongjun.care.campaigns;

/** 春节 and 八一建军节 consolation campaigns. */
public enum CampaignKind {

	SPRING_FESTIVAL, ARMY_DAY

}
