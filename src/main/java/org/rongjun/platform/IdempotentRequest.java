package org.rongjun.platform;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * A POST with an {@code Idempotency-Key} being handled on this thread: whose key, and
 * which instance runs it. {@link #openTransactions} counts the new transactions open on
 * the thread, so that only the outermost one (the request's own, not an audit entry's
 * inner transaction) marks the key as committed.
 */
record IdempotentRequest(String username, String key, String node, String incarnation, AtomicInteger openTransactions) {

	private static final ThreadLocal<IdempotentRequest> current = new ThreadLocal<>();

	IdempotentRequest(String username, String key, String node, String incarnation) {
		this(username, key, node, incarnation, new AtomicInteger());
	}

	static @Nullable IdempotentRequest current() {
		return current.get();
	}

	void bind() {
		current.set(this);
	}

	static void unbind() {
		current.remove();
	}

}
