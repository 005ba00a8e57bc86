package org.rongjun.care.campaigns;

public enum CampaignTargetType {

	KEY_BENEFICIARY, HARDSHIP_VETERAN, RETIRED_OFFICER, GARRISON_UNIT

}
