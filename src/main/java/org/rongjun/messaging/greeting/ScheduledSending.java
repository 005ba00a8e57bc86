package org.rongjun.messaging.greeting;

import java.time.Clock;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.config.MessagingProperties;

/**
 * The scheduler's tick: today's automatic greetings, then the campaigns whose scheduled
 * time has come, then the audiences whose queuing a crash or a failure interrupted.
 * ShedLock lets one node at a time run it; the work itself is idempotent (greeting_run,
 * the campaign claims), so a missed or repeated tick costs nothing. Off with
 * {@code rongjun.messaging.schedule.enabled=false} (tests call the services themselves).
 */
@Component
class ScheduledSending {

	private final Greetings greetings;

	private final MessageCampaigns campaigns;

	private final MessagingProperties properties;

	private final Clock clock;

	ScheduledSending(Greetings greetings, MessageCampaigns campaigns, MessagingProperties properties, Clock clock) {
		this.greetings = greetings;
		this.campaigns = campaigns;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${rongjun.messaging.schedule.interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "messaging-schedule", lockAtMostFor = "PT30M")
	void tick() {
		if (!this.properties.schedule().enabled()) {
			return;
		}
		this.greetings.createDue(ZonedDateTime.now(this.clock));
		this.campaigns.sendDue();
		this.campaigns.resumeInterrupted();
	}

}
