package org.rongjun.organization;

/**
 * A region found by name, with its path ("浙江省 / 嘉兴市 / 嘉善县 / 西塘镇") to tell namesakes
 * apart.
 */
public record RegionMatch(Region region, String path) {
}
