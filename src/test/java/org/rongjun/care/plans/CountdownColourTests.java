package org.rongjun.care.plans;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the countdown board's colours, without Spring. */
class CountdownColourTests {

	@Test
	void theBoardIsRedOnceOverdueYellowWithinTheWarningDaysAndGreenBefore() {
		assertThat(CountdownColour.of(-1, 30)).isEqualTo(CountdownColour.RED);
		assertThat(CountdownColour.of(0, 30)).isEqualTo(CountdownColour.YELLOW);
		assertThat(CountdownColour.of(30, 30)).isEqualTo(CountdownColour.YELLOW);
		assertThat(CountdownColour.of(31, 30)).isEqualTo(CountdownColour.GREEN);
	}

}
