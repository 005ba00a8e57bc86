package org.rongjun.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 4: the release of claims a crash left behind ran on
 * {@code ApplicationReadyEvent}, after the scheduler had started dispatching, and so also
 * released the claim of a message this node was sending; a second node then sent it
 * again. A node is started here as Spring Boot starts one (scheduling, then the ready
 * event) while a second node dispatches from the same outbox.
 */
@IntegrationTest
@Timeout(120)
class DispatcherStartupTests {

	private static final String PHONE = "13700001414";

	final OutboxRepository outbox;

	final CampaignRepository campaignRows;

	final DeliveryReceipts receipts;

	final MessagingProperties properties;

	final MessageTemplates templates;

	final MessageCampaigns campaigns;

	final JdbcClient jdbc;

	DispatcherStartupTests(OutboxRepository outbox, CampaignRepository campaignRows, DeliveryReceipts receipts,
			MessagingProperties properties, MessageTemplates templates, MessageCampaigns campaigns, JdbcClient jdbc) {
		this.outbox = outbox;
		this.campaignRows = campaignRows;
		this.receipts = receipts;
		this.properties = properties;
		this.templates = templates;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
	}

	@Test
	void claimsLeftByTheLastRunAreReleasedBeforeTheDispatcherStartsNotWhileItSends() throws Exception {
		long campaign = campaign();
		this.campaigns.enqueue(campaign,
				List.of(new Recipient("startup-1", "钱卫国", PHONE, null, null, null, Map.of())).stream());
		HoldingChannel sms = new HoldingChannel();
		MessagingProperties scheduled = new MessagingProperties(
				new MessagingProperties.Dispatch(true, Duration.ofMillis(50), 500), this.properties.schedule(),
				this.properties.retry(), this.properties.rate(), this.properties.smpp(), this.properties.email(),
				this.properties.wechat());
		try (AnnotationConfigApplicationContext node = new AnnotationConfigApplicationContext()) {
			node.register(Scheduling.class);
			node.registerBean(MessageDispatcher.class, () -> dispatcher(sms, scheduled));
			node.refresh();
			assertThat(sms.holding.await(30, TimeUnit.SECONDS)).as("the first pass is sending").isTrue();
			node.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], node, Duration.ZERO));

			dispatcher(sms, this.properties).dispatchOnce();
			sms.release.countDown();
			awaitSent(campaign);
		}
		assertThat(sms.sends(PHONE)).isEqualTo(1);
	}

	private MessageDispatcher dispatcher(MessageChannel sms, MessagingProperties properties) {
		return new MessageDispatcher(this.outbox, this.campaignRows, this.receipts, List.of(sms), properties);
	}

	private long campaign() {
		String code = "startup" + System.nanoTime();
		MessageTemplate template = this.templates.create(new TemplateDraft(code, "启动测试" + code, "问候", "${name}您好"));
		return this.campaigns
			.create(new CampaignDraft("启动顺序测试", template.id(), List.of(Channel.SMS), Map.of()), "county.staff",
					RegionScope.of(RegionCode.of("330421")))
			.id();
	}

	private void awaitSent(long campaign) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (this.jdbc.sql("select count(*) from messaging.outbox where campaign_id = :id and status = 'SENT'")
			.param("id", campaign)
			.query(Long.class)
			.single() == 0) {
			assertThat(Instant.now()).as("sent within 60 s").isBefore(deadline);
			Thread.sleep(20);
		}
	}

	/** Not a {@code @Configuration}: the test's own context must not pick it up. */
	@EnableScheduling
	static class Scheduling {

	}

	/** Holds the first send to {@link #PHONE} until released; counts sends per number. */
	static final class HoldingChannel implements MessageChannel {

		final CountDownLatch holding = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();

		private final AtomicInteger ids = new AtomicInteger();

		@Override
		public Channel channel() {
			return Channel.SMS;
		}

		@Override
		public String send(OutboxMessage message) {
			int count = this.sends.computeIfAbsent(message.address(), (address) -> new AtomicInteger())
				.incrementAndGet();
			if (PHONE.equals(message.address()) && count == 1) {
				this.holding.countDown();
				try {
					this.release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return "held-" + this.ids.incrementAndGet();
		}

		int sends(String address) {
			AtomicInteger count = this.sends.get(address);
			return (count != null) ? count.get() : 0;
		}

	}

}
