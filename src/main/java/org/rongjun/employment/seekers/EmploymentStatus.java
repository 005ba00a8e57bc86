package org.rongjun.employment.seekers;

/** 就业状态: 就业, 待业, 创业, 灵活就业, 升学. */
public enum EmploymentStatus {

	EMPLOYED, UNEMPLOYED, SELF_EMPLOYED, FLEXIBLE, STUDYING

}
