package org.rongjun.care.campaigns;

public enum CampaignStatus {

	OPEN, CLOSED

}
