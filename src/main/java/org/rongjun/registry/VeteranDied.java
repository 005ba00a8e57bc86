package org.rongjun.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A veteran's death was recorded; their own beneficiary records are already DECEASED.
 * Benefits will stop payments and run the cause's statutory effect (丧葬补助, 一次性抚恤金,
 * survivors to register, overpayments). Published again, with the cause, when staff
 * record the cause of a death recorded without one ({@code cause} is null only then).
 */
public record VeteranDied(long veteranId, LocalDate deathDate, LocalDate reportedOn, @Nullable DeathCause cause) {
}
