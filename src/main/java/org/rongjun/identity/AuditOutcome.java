package org.rongjun.identity;

public enum AuditOutcome {

	SUCCESS, FAILURE, DENIED

}
