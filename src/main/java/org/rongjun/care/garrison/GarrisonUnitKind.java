package org.rongjun.care.garrison;

/** 解放军部队, 武警部队, 消防救援队伍 (visited alongside the armed forces at festivals). */
public enum GarrisonUnitKind {

	PLA, ARMED_POLICE, FIRE_RESCUE

}
