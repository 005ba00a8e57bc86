package org.rongjun.contact;

/**
 * Which cadence a person follows: 困难退役军人 (the registry's hardship mark), 重点优抚对象 (holding
 * one of care's key beneficiary categories), or everyone else. A person in two groups
 * follows the shorter interval.
 */
public enum ContactGroup {

	HARDSHIP, KEY, GENERAL

}
