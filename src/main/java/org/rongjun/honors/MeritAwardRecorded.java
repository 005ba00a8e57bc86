package org.rongjun.honors;

import java.time.LocalDate;
import org.rongjun.shared.MeritAward;

/**
 * A merit notice with local award money was registered; benefits pays {@code amountFen}
 * (integer fen) to the family through a payment run.
 */
public record MeritAwardRecorded(long meritNoticeId, String memberName, String familyName, String regionCode,
		MeritAward award, LocalDate awardedOn, long amountFen) {
}
