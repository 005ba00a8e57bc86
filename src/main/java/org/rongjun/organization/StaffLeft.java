package org.rongjun.organization;

/**
 * A staff member stopped working at their station: marked inactive or removed. Modules
 * that hand people to staff (liaisons) hand them on.
 */
public record StaffLeft(long staffId, long stationId) {
}
