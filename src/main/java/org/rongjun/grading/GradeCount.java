package org.rongjun.grading;

/** How many stations of a region (a township with its villages) hold each grade. */
public record GradeCount(String regionCode, String regionName, long basic, long good, long excellent) {
}
