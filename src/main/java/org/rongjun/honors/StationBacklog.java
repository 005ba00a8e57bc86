package org.rongjun.honors;

/**
 * How many eligible households in a service station's area have no hung plaque yet; a
 * household counts for the nearest station above it.
 */
public record StationBacklog(long stationId, String stationName, String regionCode, String regionName, long unhung) {
}
