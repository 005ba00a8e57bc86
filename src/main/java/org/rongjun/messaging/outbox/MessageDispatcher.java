package org.rongjun.messaging.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.ChannelUnavailable;
import org.rongjun.messaging.channel.MessageChannel;
import org.rongjun.messaging.channel.OutboxMessage;
import org.rongjun.messaging.channel.SendFailure;
import org.rongjun.messaging.config.MessagingNode;
import org.rongjun.messaging.config.MessagingProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends what the outbox holds. Each pass claims up to a batch of due messages per channel
 * for this node (the channels run side by side, so slow email does not hold up SMS),
 * sends them at the channel's rate and records each outcome before the next send: SENT
 * with the provider's id, or a retry with exponential backoff until the attempts run out.
 * So a crash repeats at most the message that was in flight (ADR 0024); only the in-app
 * channel, where a repeat changes nothing, records its outcomes in batches. Then it
 * records the delivery receipts that came in and closes campaigns that have nothing left
 * to send.
 * <p>
 * Before its first pass the dispatcher gives back what this node had claimed before it
 * stopped, and every pass gives back claims whose lease ran out (a node that died); a
 * live node's claims are never touched. Scheduled every
 * {@code rongjun.messaging.dispatch.interval} unless
 * {@code rongjun.messaging.dispatch.enabled=false}; tests call {@link #dispatchOnce()}.
 */
@Service
public class MessageDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	/** Outcomes of an idempotent channel are written at least this often. */
	private static final int FLUSH_EVERY = 100;

	private final OutboxRepository outbox;

	private final DeliveryReceipts receipts;

	private final LegacyAddresses legacy;

	private final Addresses addresses;

	private final MessagingProperties properties;

	private final String node;

	private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);

	private final Map<Channel, TokenBucket> limits = new EnumMap<>(Channel.class);

	private final ExecutorService workers;

	private volatile boolean recovered;

	MessageDispatcher(OutboxRepository outbox, DeliveryReceipts receipts, LegacyAddresses legacy, Addresses addresses,
			List<MessageChannel> channels, MessagingProperties properties, MessagingNode node) {
		this.outbox = outbox;
		this.receipts = receipts;
		this.legacy = legacy;
		this.addresses = addresses;
		this.properties = properties;
		this.node = node.id();
		for (MessageChannel channel : channels) {
			this.channels.put(channel.channel(), channel);
			this.limits.put(channel.channel(), new TokenBucket(properties.rate().of(channel.channel())));
		}
		this.workers = Executors.newFixedThreadPool(this.channels.size(), (task) -> {
			Thread thread = new Thread(task, "dispatch-" + task.hashCode());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelayString = "${rongjun.messaging.dispatch.interval:PT1S}")
	void scheduled() {
		if (!this.properties.dispatch().enabled()) {
			return;
		}
		// Keep going while there is work, rather than one batch per interval.
		while (dispatchOnce() > 0) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
		}
	}

	/**
	 * What must happen before this node sends anything: its claims from before a restart
	 * go back to the queue (nothing of this node is in flight yet), and addresses written
	 * in clear by an earlier version are sealed.
	 */
	synchronized void recover() {
		if (this.recovered) {
			return;
		}
		int released = this.outbox.releaseOwnAndExpired(this.node);
		if (released > 0) {
			log.warn(
					"{} message(s) claimed by {} before it stopped, or by a node whose lease ran out, are pending again",
					released, this.node);
		}
		this.legacy.sealAll();
		this.recovered = true;
	}

	/** One pass over every channel; answers how many messages it handled. */
	public int dispatchOnce() {
		recover();
		int expired = this.outbox.releaseExpired();
		if (expired > 0) {
			log.warn("{} message(s) claimed by a node that stopped renewing its lease are pending again", expired);
		}
		List<CompletableFuture<Integer>> passes = new ArrayList<>();
		for (Channel channel : this.channels.keySet()) {
			passes.add(CompletableFuture.supplyAsync(() -> dispatch(channel), this.workers));
		}
		int handled = 0;
		for (CompletableFuture<Integer> pass : passes) {
			handled += pass.join();
		}
		this.receipts.apply();
		if (handled < this.properties.dispatch().batchSize()) {
			this.outbox.finishDrained();
		}
		return handled;
	}

	private int dispatch(Channel channel) {
		Duration lease = this.properties.dispatch().lease();
		List<OutboxRepository.Claimed> claimed = this.outbox.claim(channel, this.properties.dispatch().batchSize(),
				this.node, lease);
		if (claimed.isEmpty()) {
			return 0;
		}
		MessageChannel sender = this.channels.get(channel);
		Outcomes outcomes = new Outcomes(sender.idempotent() ? FLUSH_EVERY : 1);
		TokenBucket limit = this.limits.get(channel);
		Set<Long> handled = new HashSet<>();
		List<Long> optedOut = new ArrayList<>();
		@Nullable Duration pause = null;
		long renewed = System.nanoTime();
		try {
			for (OutboxRepository.Claimed claim : claimed) {
				if (claim.optedOut()) {
					optedOut.add(claim.id());
					handled.add(claim.id());
					continue;
				}
				if (System.nanoTime() - renewed > lease.toNanos() / 3) {
					this.outbox.renew(unhandled(claimed, handled), this.node, lease);
					renewed = System.nanoTime();
				}
				limit.acquire();
				String providerId = null;
				String error;
				try {
					providerId = sender.send(message(channel, claim));
					error = null;
				}
				catch (ChannelUnavailable ex) {
					log.warn("{} is unavailable, pausing it for {}: {}", channel, ex.pause(), ex.getMessage());
					pause = ex.pause();
					break;
				}
				catch (SendFailure ex) {
					error = String.valueOf(ex.getMessage());
				}
				catch (RuntimeException ex) {
					log.warn("Sending message {} on {} failed unexpectedly", claim.id(), channel, ex);
					error = "发送异常：" + ex.getClass().getSimpleName();
				}
				// Outside the try: when the outcome cannot be written, nothing more is
				// sent.
				handled.add(claim.id());
				if (providerId != null) {
					outcomes.sent(new OutboxRepository.Sent(claim.id(), providerId, sender.acceptanceIsDelivery()));
				}
				else {
					outcomes.failed(new OutboxRepository.Failed(claim.id(), Objects.requireNonNull(error)));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.outbox.skipOptedOut(optedOut);
			outcomes.flush();
			// What an outage or an interruption left unsent goes back to the queue at no
			// attempt's cost.
			this.outbox.release(unhandled(claimed, handled), (pause != null) ? pause : Duration.ZERO, this.node);
		}
		return claimed.size();
	}

	private OutboxMessage message(Channel channel, OutboxRepository.Claimed claim) {
		return new OutboxMessage(claim.id(), claim.campaignId(), claim.recipientKey(), channel, claim.name(),
				this.addresses.open(claim.addressCipher()), claim.title(), claim.text(), claim.attempts());
	}

	private static List<Long> unhandled(List<OutboxRepository.Claimed> claimed, Set<Long> handled) {
		List<Long> ids = new ArrayList<>();
		for (OutboxRepository.Claimed claim : claimed) {
			if (!handled.contains(claim.id())) {
				ids.add(claim.id());
			}
		}
		return ids;
	}

	/**
	 * Outcomes waiting to be written: written as soon as {@code every} have gathered (1:
	 * each before the next send).
	 */
	private final class Outcomes {

		private final int every;

		private final List<OutboxRepository.Sent> sent = new ArrayList<>();

		private final List<OutboxRepository.Failed> failed = new ArrayList<>();

		Outcomes(int every) {
			this.every = every;
		}

		void sent(OutboxRepository.Sent outcome) {
			this.sent.add(outcome);
			flushIfDue();
		}

		void failed(OutboxRepository.Failed outcome) {
			this.failed.add(outcome);
			flushIfDue();
		}

		private void flushIfDue() {
			if (this.sent.size() + this.failed.size() >= this.every) {
				flush();
			}
		}

		void flush() {
			MessageDispatcher.this.outbox.markSent(this.sent);
			MessageDispatcher.this.outbox.markFailed(this.failed, MessageDispatcher.this.properties.retry().baseDelay(),
					MessageDispatcher.this.properties.retry().maxAttempts());
			this.sent.clear();
			this.failed.clear();
		}

	}

	@Override
	public void destroy() {
		this.workers.shutdownNow();
	}

}
