package org.rongjun.risk;

/**
 * How a risk came in: found in a screening, accepted from a warning, or entered by hand.
 */
public enum RiskSource {

	SCREENING, WARNING, MANUAL

}
