package org.rongjun.messaging.outbox;

import java.util.function.LongSupplier;

/**
 * A rate limit: {@code rate} tokens a second, at most one second's worth saved up. Each
 * send takes a token, waiting when none is left, so a channel never exceeds what the
 * provider contracted for (SMSCs throttle or drop binds that do).
 */
final class TokenBucket {

	private final double perNano;

	private final double capacity;

	private final LongSupplier clock;

	private double tokens;

	private long last;

	TokenBucket(double rate, LongSupplier clock) {
		if (rate <= 0) {
			throw new IllegalArgumentException("rate must be positive: " + rate);
		}
		this.perNano = rate / 1e9;
		this.capacity = Math.max(1, rate);
		this.clock = clock;
		this.last = clock.getAsLong();
		this.tokens = this.capacity;
	}

	TokenBucket(double rate) {
		this(rate, System::nanoTime);
	}

	/** Takes a token and answers how many nanoseconds to wait before using it. */
	synchronized long reserve() {
		long now = this.clock.getAsLong();
		this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perNano);
		this.last = now;
		this.tokens -= 1;
		return (this.tokens >= 0) ? 0 : (long) Math.ceil(-this.tokens / this.perNano);
	}

	void acquire() throws InterruptedException {
		long wait = reserve();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
	}

}
