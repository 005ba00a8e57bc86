package org.rongjun.organization;

/** The construction grade of a station, from "有" through "优" to "精". */
public enum StationGrade {

	BASIC, GOOD, EXCELLENT

}
