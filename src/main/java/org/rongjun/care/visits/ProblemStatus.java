package org.rongjun.care.visits;

public enum ProblemStatus {

	OPEN, IN_PROGRESS, RESOLVED

}
