package org.rongjun.messaging.campaign;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.messaging.config.MessagingNode;
import org.rongjun.messaging.config.MessagingProperties;
import org.rongjun.messaging.outbox.EnqueueResult;
import org.rongjun.messaging.outbox.OutboxWriter;
import org.rongjun.messaging.outbox.Recipient;
import org.rongjun.messaging.template.TemplateText;
import org.rongjun.registry.VeteranContact;
import org.rongjun.registry.VeteranContacts;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes campaigns' audiences from the registry into the outbox in resumable steps (ADR
 * 0024). The audience streams in the order of the person id from just after the
 * campaign's cursor; every chunk of the outbox commits with the cursor moved to its last
 * person and the node's claim renewed. A campaign is claimed by one node at a time; when
 * the node dies its claim runs out and any node resumes after the cursor, when it fails
 * the claim is released for the next tick, and when the node starts again it releases its
 * own claims at once. Only when the stream has ended is the audience marked queued, and
 * only then can the campaign be DONE.
 */
@Component
class AudienceQueue implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AudienceQueue.class);

	private final CampaignRepository campaigns;

	private final OutboxWriter outbox;

	private final VeteranContacts contacts;

	private final String node;

	private final Duration lease;

	/** Campaigns this JVM is queuing now. */
	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "campaign-queue");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean recovered;

	AudienceQueue(CampaignRepository campaigns, OutboxWriter outbox, VeteranContacts contacts, MessagingNode node,
			MessagingProperties properties) {
		this.campaigns = campaigns;
		this.outbox = outbox;
		this.contacts = contacts;
		this.node = node.id();
		this.lease = properties.queue().lease();
	}

	/** Claims a campaign's audience for this node, the first time it is sent. */
	boolean claim(long campaignId) {
		return this.campaigns.claimAudience(campaignId, this.node, this.lease);
	}

	/** Queues a claimed campaign in the background (a send from the web). */
	void queueLater(long campaignId) {
		this.background.execute(() -> {
			try {
				queueClaimed(campaignId);
			}
			catch (RuntimeException ex) {
				// logged and released by queueClaimed; the resumer takes it up again
			}
		});
	}

	/**
	 * Queues the rest of a claimed campaign's audience, from its cursor on. A failure
	 * releases the claim, so that the next {@link #resumeInterrupted()} continues it.
	 */
	EnqueueResult queueClaimed(long campaignId) {
		this.running.add(campaignId);
		try {
			MessageCampaign campaign = this.campaigns.find(campaignId)
				.orElseThrow(() -> new IllegalStateException("campaign " + campaignId + " is gone"));
			Audience audience = Objects.requireNonNull(campaign.audience());
			RegionScope scope = RegionScope.of(RegionCode.of(campaign.scopeCode()));
			long cursor = this.campaigns.queueCursor(campaignId);
			OutboxWriter.Target target = new OutboxWriter.Target(campaignId, campaign.channels(), campaign.variables(),
					TemplateText.parse(campaign.body()));
			OutboxWriter.Resumable resumable = new OutboxWriter.Resumable(this.node, this.lease,
					(recipient) -> Long.parseLong(recipient.key()));
			EnqueueResult result = this.contacts.withContacts(audience.selection(), scope, cursor,
					(people) -> this.outbox.write(target, people.map(AudienceQueue::recipient), resumable));
			if (!this.campaigns.audienceQueued(campaignId, this.node)) {
				throw new OutboxWriter.ClaimLost(campaignId, this.node);
			}
			log.info("Campaign {}: audience queued ({} people from after id {})", campaignId, result.recipients(),
					cursor);
			return result;
		}
		catch (RuntimeException ex) {
			log.warn("Queuing the audience of campaign {} stopped; it will be resumed: {}", campaignId, ex.toString());
			this.campaigns.releaseQueueClaim(campaignId, this.node);
			throw ex;
		}
		finally {
			this.running.remove(campaignId);
		}
	}

	/**
	 * Resumes every campaign whose audience was begun and not finished and that nobody
	 * holds: interrupted by a crash, a failure, or a node that stopped. The first call on
	 * a node first releases that node's own claims from before it started. Answers how
	 * many campaigns it completed.
	 */
	int resumeInterrupted() {
		recover();
		int resumed = 0;
		// A campaign that fails again waits for the next tick.
		Set<Long> failed = new HashSet<>();
		while (true) {
			Long id = this.campaigns.claimInterrupted(this.node, this.lease, failed).orElse(null);
			if (id == null) {
				return resumed;
			}
			try {
				queueClaimed(id);
				resumed++;
			}
			catch (RuntimeException ex) {
				failed.add(id);
			}
		}
	}

	/**
	 * Releases this node's claims from before it started, once, before it resumes
	 * anything.
	 */
	synchronized void recover() {
		if (this.recovered) {
			return;
		}
		int released = this.campaigns.releaseOwnQueueClaims(this.node, this.running);
		if (released > 0) {
			log.warn("{} campaign(s) were being queued by {} when it stopped; resuming them", released, this.node);
		}
		this.recovered = true;
	}

	/** A registry person as a recipient: their id is the key that opt-outs can name. */
	static Recipient recipient(VeteranContact contact) {
		return new Recipient(String.valueOf(contact.veteranId()), contact.name(), contact.phone(), null, null, null,
				null);
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
