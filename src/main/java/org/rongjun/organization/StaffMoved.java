package org.rongjun.organization;

/**
 * A staff member moved to another station; {@code regionCode} is the new station's
 * region, the area they now serve.
 */
public record StaffMoved(long staffId, long fromStationId, long toStationId, String regionCode) {
}
