package org.rongjun.care;

public enum CampaignTargetType {

	KEY_BENEFICIARY, HARDSHIP_VETERAN, RETIRED_OFFICER, GARRISON_UNIT

}
