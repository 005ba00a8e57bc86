package org.rongjun.messaging.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.channel.ChannelUnavailable;
import org.rongjun.messaging.channel.MessageChannel;
import org.rongjun.messaging.channel.OutboxMessage;
import org.rongjun.messaging.channel.SendFailure;
import org.rongjun.messaging.config.MessagingProperties;

/**
 * Sends what the outbox holds. Each pass claims up to a batch of due messages per channel
 * (the channels run side by side, so slow email does not hold up SMS), sends them at the
 * channel's rate, and records the outcome in batches: SENT with the provider's id, or a
 * retry with exponential backoff until the attempts run out. Then it records the delivery
 * receipts that came in and closes campaigns that have nothing left to send.
 * <p>
 * Scheduled every {@code rongjun.messaging.dispatch.interval} unless
 * {@code rongjun.messaging.dispatch.enabled=false}; tests call {@link #dispatchOnce()}.
 */
@Service
public class MessageDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	/** Outcomes are written at least this often, bounding what a crash can resend. */
	private static final int FLUSH_EVERY = 100;

	private final OutboxRepository outbox;

	private final DeliveryReceipts receipts;

	private final MessagingProperties properties;

	private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);

	private final Map<Channel, TokenBucket> limits = new EnumMap<>(Channel.class);

	private final ExecutorService workers;

	MessageDispatcher(OutboxRepository outbox, DeliveryReceipts receipts, List<MessageChannel> channels,
			MessagingProperties properties) {
		this.outbox = outbox;
		this.receipts = receipts;
		this.properties = properties;
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

	@EventListener(ApplicationReadyEvent.class)
	void releaseInterruptedClaims() {
		int released = this.outbox.releaseClaimed();
		if (released > 0) {
			log.warn("{} message(s) claimed before the last shutdown are pending again", released);
		}
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

	/** One pass over every channel; answers how many messages it handled. */
	public int dispatchOnce() {
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
		List<OutboxRepository.Claimed> claimed = this.outbox.claim(channel, this.properties.dispatch().batchSize());
		if (claimed.isEmpty()) {
			return 0;
		}
		MessageChannel sender = this.channels.get(channel);
		TokenBucket limit = this.limits.get(channel);
		Set<Long> handled = new HashSet<>();
		List<Long> optedOut = new ArrayList<>();
		List<OutboxRepository.Sent> sent = new ArrayList<>();
		List<OutboxRepository.Failed> failed = new ArrayList<>();
		@Nullable Duration pause = null;
		try {
			for (OutboxRepository.Claimed claim : claimed) {
				OutboxMessage message = claim.message();
				if (claim.optedOut()) {
					optedOut.add(message.id());
					handled.add(message.id());
					continue;
				}
				limit.acquire();
				try {
					String providerId = sender.send(message);
					sent.add(new OutboxRepository.Sent(message.id(), providerId, sender.acceptanceIsDelivery()));
				}
				catch (ChannelUnavailable ex) {
					log.warn("{} is unavailable, pausing it for {}: {}", channel, ex.pause(), ex.getMessage());
					pause = ex.pause();
					break;
				}
				catch (SendFailure ex) {
					failed.add(new OutboxRepository.Failed(message.id(), String.valueOf(ex.getMessage())));
				}
				catch (RuntimeException ex) {
					log.warn("Sending message {} on {} failed unexpectedly", message.id(), channel, ex);
					failed.add(new OutboxRepository.Failed(message.id(), "发送异常：" + ex.getClass().getSimpleName()));
				}
				handled.add(message.id());
				if (sent.size() + failed.size() >= FLUSH_EVERY) {
					flush(sent, failed);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.outbox.skipOptedOut(optedOut);
			flush(sent, failed);
			// What an outage or an interruption left unsent goes back to the queue at no
			// attempt's cost.
			List<Long> unsent = new ArrayList<>();
			for (OutboxRepository.Claimed claim : claimed) {
				if (!handled.contains(claim.message().id())) {
					unsent.add(claim.message().id());
				}
			}
			this.outbox.release(unsent, (pause != null) ? pause : Duration.ZERO);
		}
		return claimed.size();
	}

	private void flush(List<OutboxRepository.Sent> sent, List<OutboxRepository.Failed> failed) {
		this.outbox.markSent(sent);
		this.outbox.markFailed(failed, this.properties.retry().baseDelay(), this.properties.retry().maxAttempts());
		sent.clear();
		failed.clear();
	}

	@Override
	public void destroy() {
		this.workers.shutdownNow();
	}

}
