package org.rongjun.care;

public enum CampaignStatus {

	OPEN, CLOSED

}
