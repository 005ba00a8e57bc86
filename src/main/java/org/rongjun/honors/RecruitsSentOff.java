package org.rongjun.honors;

import java.time.LocalDate;
import java.util.List;

/**
 * New conscripts were added to a send-off; their families are conscript families (义务兵家庭)
 * from now on — for allowances, visits and greetings in other modules.
 */
public record RecruitsSentOff(long sendOffId, String regionCode, LocalDate sendOffOn, List<SentOffRecruit> recruits) {

	public record SentOffRecruit(long recruitId, String name, String regionCode, String address) {
	}

}
