package org.rongjun.registry;

/** 伤残性质 (抚恤优待条例 Art 25): 因战, 因公, 因病. */
public enum DisabilityCause {

	COMBAT, DUTY, ILLNESS

}
