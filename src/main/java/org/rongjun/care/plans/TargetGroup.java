package org.rongjun.care.plans;

/**
 * Who a visit plan covers: 军休干部 (retired officers: the discharge types configured as
 * retirement), 困难退役军人 (the hardship flag on the file), 重点优抚对象 (holders of the plan's
 * beneficiary categories).
 */
public enum TargetGroup {

	RETIRED_OFFICER, HARDSHIP_VETERAN, KEY_BENEFICIARY

}
