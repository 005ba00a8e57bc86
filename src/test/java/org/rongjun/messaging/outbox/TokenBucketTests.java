package org.rongjun.messaging.outbox;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-channel rate limit. */
class TokenBucketTests {

	@Test
	void theTokenBucketLetsABurstThroughThenPacesAtTheRate() {
		AtomicLong now = new AtomicLong();
		TokenBucket bucket = new TokenBucket(10, now::get);
		long waited = 0;
		for (int i = 0; i < 10; i++) {
			waited += bucket.reserve();
		}
		assertThat(waited).isZero();
		for (int i = 0; i < 20; i++) {
			long wait = bucket.reserve();
			now.addAndGet(wait);
			waited += wait;
		}
		// 20 more tokens at 10 a second take two seconds.
		assertThat(waited).isBetween(1_900_000_000L, 2_100_000_000L);
	}

}
