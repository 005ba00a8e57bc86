package org.rongjun.messaging.campaign;

public enum CampaignStatus {

	DRAFT, SENDING, DONE

}
