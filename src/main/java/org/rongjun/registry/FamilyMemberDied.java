package org.rongjun.registry;

import java.time.LocalDate;

/**
 * A family member's death was recorded; their beneficiary records are already DECEASED.
 */
public record FamilyMemberDied(long veteranId, long familyMemberId, LocalDate deathDate, LocalDate reportedOn) {
}
