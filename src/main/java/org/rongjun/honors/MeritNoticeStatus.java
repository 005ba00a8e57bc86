package org.rongjun.honors;

public enum MeritNoticeStatus {

	PENDING, DELIVERED

}
