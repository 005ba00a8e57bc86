package org.rongjun.care;

public enum ProblemStatus {

	OPEN, IN_PROGRESS, RESOLVED

}
