package org.rongjun.messaging.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rongjun.messaging.campaign.Audience;
import org.rongjun.messaging.campaign.CampaignDraft;
import org.rongjun.messaging.campaign.CampaignReport;
import org.rongjun.messaging.campaign.CampaignStatus;
import org.rongjun.messaging.campaign.MessageCampaign;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.config.MessagingNode;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateDraft;
import org.rongjun.registry.ContactCount;
import org.rongjun.registry.ContactSelection;
import org.rongjun.registry.VeteranContact;
import org.rongjun.registry.VeteranContacts;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.Today;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the queuing of a campaign's audience (the whole demo county, SMS and in-app) at
 * random chunks, by an exception and by terminating the database backend under the
 * chunk's transaction, and lets it resume: on the same node after a failure, on this node
 * after another node died (only once that node's lease has run out), until the audience
 * is queued. At every stop the outbox and the counts agree; at the end every living
 * person is in the outbox exactly once per channel, the campaign counts each once, and it
 * is DONE only after the whole audience was queued (ADR 0024).
 */
@IntegrationTest
@Timeout(300)
class CampaignQueueFaultTests {

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421"));

	final MessageCampaigns campaigns;

	final MessageTemplates templates;

	final OutboxWriter writer;

	final OutboxRepository outbox;

	final VeteranContacts contacts;

	final MessagingNode node;

	final JdbcClient jdbc;

	CampaignQueueFaultTests(MessageCampaigns campaigns, MessageTemplates templates, OutboxWriter writer,
			OutboxRepository outbox, VeteranContacts contacts, MessagingNode node, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.writer = writer;
		this.outbox = outbox;
		this.contacts = contacts;
		this.node = node;
		this.jdbc = jdbc;
	}

	@Test
	void anAudienceKilledAtRandomChunksResumesToEveryPersonQueuedExactlyOnce() {
		long template = this.templates
			.create(new TemplateDraft("fault-greeting", "中断测试", "问候", "${name}同志：节日快乐！"), COUNTY)
			.id();
		long id = this.campaigns
			.create(new CampaignDraft("中断续发测试", template, List.of(Channel.SMS, Channel.IN_APP), Map.of(),
					new Audience(null, null, null, null, null, null, null), Instant.now(Today.CLOCK).minusSeconds(60)),
					"county.staff", COUNTY)
			.id();
		ContactSelection everyone = ContactSelection
			.of(new VeteranSearch(null, null, null, null, null, null, null, null, null));
		ContactCount expected = this.contacts.count(everyone, COUNTY);
		Random random = new Random(20261207L);
		int previousChunk = this.writer.chunkRows;
		// two rows a person: about twenty chunks for the demo county
		this.writer.chunkRows = 300;
		try {
			for (int crash = 0; crash < 4; crash++) {
				int target = 1 + random.nextInt(5);
				boolean terminate = crash % 2 == 1;
				AtomicInteger chunks = new AtomicInteger();
				this.writer.beforeCommit = (campaign, position, connection) -> {
					if (campaign == id && chunks.incrementAndGet() == target) {
						if (terminate) {
							// the backend dies mid-transaction, as in a database crash
							connection.createStatement().execute("select pg_terminate_backend(pg_backend_pid())");
						}
						throw new IllegalStateException("injected crash at position " + position);
					}
				};
				long cursorBefore = cursor(id);
				if (crash == 0) {
					assertThat(this.campaigns.sendDue()).isGreaterThanOrEqualTo(1);
				}
				else if (crash == 2) {
					// another node held it and died: its claim is waited out, not stolen
					this.jdbc.sql("""
							update messaging.message_campaign
							set queue_owner = 'node-that-died', queue_lease_until = now() + interval '1 hour'
							where id = :id
							""").param("id", id).update();
					this.campaigns.resumeInterrupted();
					assertThat(cursor(id)).isEqualTo(cursorBefore);
					assertThat(this.jdbc.sql("select queue_owner from messaging.message_campaign where id = :id")
						.param("id", id)
						.query(String.class)
						.single()).isEqualTo("node-that-died");
					this.jdbc
						.sql("update messaging.message_campaign set queue_lease_until = now() - interval '1 second'"
								+ " where id = :id")
						.param("id", id)
						.update();
					this.campaigns.resumeInterrupted();
				}
				else {
					this.campaigns.resumeInterrupted();
				}
				assertThat(cursor(id)).as("crash %d: the cursor only moves forward", crash)
					.isGreaterThanOrEqualTo(cursorBefore);
				assertConsistent(id);
				assertThat(this.jdbc
					.sql("select audience_queued_at is null from messaging.message_campaign where id = :id")
					.param("id", id)
					.query(Boolean.class)
					.single()).as("crash %d stopped it before the end", crash).isTrue();
				// Even with everything queued so far sent, the campaign is not done.
				this.jdbc
					.sql("update messaging.outbox set status = 'SENT' where campaign_id = :id and status = 'PENDING'")
					.param("id", id)
					.update();
				this.outbox.finishDrained();
				assertThat(this.campaigns.get(id, COUNTY).status()).isNotEqualTo(CampaignStatus.DONE);
			}
			this.writer.beforeCommit = null;
			this.campaigns.resumeInterrupted();

			MessageCampaign done = this.campaigns.get(id, COUNTY);
			assertThat(done.audienceQueuedAt()).isNotNull();
			assertThat(done.recipientCount()).isEqualTo(expected.people());
			assertConsistent(id);
			Set<String> queued = this.jdbc
				.sql("select distinct recipient_key from messaging.outbox where campaign_id = :id")
				.param("id", id)
				.query(String.class)
				.set();
			Set<String> living = Set.copyOf(this.contacts.withContacts(everyone, COUNTY,
					(people) -> people.map(VeteranContact::veteranId).map(String::valueOf).toList()));
			assertThat(queued).isEqualTo(living);

			CampaignReport report = this.campaigns.report(id, COUNTY);
			long sms = report.countsByChannel().get(Channel.SMS).values().stream().mapToLong(Long::longValue).sum();
			assertThat(sms).isEqualTo(expected.people());
			assertThat(report.leftOut()).contains(new CampaignReport.LeftOut(Channel.IN_APP,
					CampaignReport.LeftOutReason.NO_ADDRESS, "无平台账号", expected.people()));
			assertThat(report.countsByChannel().get(Channel.SMS).get(MessageStatus.SKIPPED_NO_ADDRESS))
				.isEqualTo(expected.people() - expected.withPhone());

			this.jdbc.sql("update messaging.outbox set status = 'SENT' where campaign_id = :id and status = 'PENDING'")
				.param("id", id)
				.update();
			this.outbox.finishDrained();
			assertThat(this.campaigns.get(id, COUNTY).status()).isEqualTo(CampaignStatus.DONE);
		}
		finally {
			this.writer.beforeCommit = null;
			this.writer.chunkRows = previousChunk;
			// Nothing of this test is left for other tests' dispatcher passes to send.
			this.jdbc.sql("update messaging.outbox set status = 'SENT' where campaign_id = :id and status = 'PENDING'")
				.param("id", id)
				.update();
		}
	}

	/** The outbox and the campaign agree: two rows a person, each person counted once. */
	private void assertConsistent(long id) {
		Map<String, Object> row = this.jdbc
			.sql("""
					select c.recipient_count, (select count(*) from messaging.outbox o where o.campaign_id = c.id) as messages,
					       (select count(distinct recipient_key) from messaging.outbox o where o.campaign_id = c.id) as people,
					       (select coalesce(max(cast(recipient_key as bigint)), 0) from messaging.outbox o
					        where o.campaign_id = c.id) as last
					from messaging.message_campaign c where c.id = :id
					""")
			.param("id", id)
			.query()
			.singleRow();
		long people = ((Number) row.get("people")).longValue();
		assertThat(((Number) row.get("recipient_count")).longValue()).isEqualTo(people);
		assertThat(((Number) row.get("messages")).longValue()).isEqualTo(people * 2);
		assertThat(((Number) row.get("last")).longValue()).isEqualTo(cursor(id));
	}

	private long cursor(long id) {
		return this.jdbc.sql("select queue_cursor from messaging.message_campaign where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
