package org.rongjun.messaging;

public enum CampaignStatus {

	DRAFT, SENDING, DONE

}
