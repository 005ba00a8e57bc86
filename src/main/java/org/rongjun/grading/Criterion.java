package org.rongjun.grading;

/** One criterion of a set: its weight in the score and the evidence it needs. */
public record Criterion(long id, int position, String title, int weight, String evidence) {
}
