package org.rongjun.messaging.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Delivery receipts waiting to be recorded. A receipt can arrive before the dispatcher
 * has written the message's SENT row (it records sends in batches), so receipts are
 * queued and applied after each pass; one that still matches nothing is kept for an hour,
 * then dropped.
 */
@Component
public class DeliveryReceipts {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReceipts.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final Queue<OutboxRepository.Receipt> queue = new ConcurrentLinkedQueue<>();

	private final OutboxRepository outbox;

	DeliveryReceipts(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	public void add(String providerMessageId, boolean delivered, String state) {
		this.queue
			.add(new OutboxRepository.Receipt(providerMessageId, delivered, state, Timestamp.from(Instant.now())));
	}

	/** Records the queued receipts; answers how many matched a message. */
	int apply() {
		List<OutboxRepository.Receipt> receipts = new ArrayList<>();
		OutboxRepository.Receipt receipt;
		while ((receipt = this.queue.poll()) != null) {
			receipts.add(receipt);
		}
		if (receipts.isEmpty()) {
			return 0;
		}
		List<OutboxRepository.Receipt> unmatched = this.outbox.applyReceipts(receipts);
		Instant oldest = Instant.now().minus(KEEP);
		for (OutboxRepository.Receipt late : unmatched) {
			if (late.at().toInstant().isAfter(oldest)) {
				this.queue.add(late);
			}
			else {
				log.warn("Dropping a delivery receipt for unknown message id {}", late.providerMessageId());
			}
		}
		return receipts.size() - unmatched.size();
	}

}
