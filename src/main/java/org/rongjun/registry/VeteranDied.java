package org.rongjun.registry;

import java.time.LocalDate;

/**
 * A veteran's death was recorded; their own beneficiary records are already DECEASED.
 * Benefits will stop payments and compute the 丧葬补助 and any overpayment from it.
 */
public record VeteranDied(long veteranId, LocalDate deathDate, LocalDate reportedOn) {
}
