package org.rongjun.jobs;

public enum JobStatus {

	RUNNING, SUCCEEDED, FAILED, CANCELLED

}
