package org.rongjun.messaging.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.outbox.MessageStatus;

@Repository
class CampaignRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SELECT = """
			select id, name, template_id, title, body, channels, variables::text as variables, created_by, scope_code,
			       status, recipient_count, message_count, created_at, finished_at, audience::text as audience,
			       scheduled_at, queued_at, audience_queued_at
			from messaging.message_campaign
			""";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(CampaignDraft draft, String title, String body, String createdBy, String scopeCode) {
		return this.jdbc
			.sql("""
					insert into messaging.message_campaign (name, template_id, title, body, channels, variables, created_by,
					                                        scope_code, audience, scheduled_at)
					values (:name, :template, :title, :body, string_to_array(:channels, ','), cast(:variables as jsonb), :by,
					        :scope, cast(:audience as jsonb), :scheduledAt)
					returning id
					""")
			.param("name", draft.name().strip())
			.param("template", draft.templateId())
			.param("title", title)
			.param("body", body)
			.param("channels", String.join(",", draft.channels().stream().map(Channel::name).toList()))
			.param("variables", JSON.writeValueAsString(draft.variables()))
			.param("by", createdBy)
			.param("scope", scopeCode)
			.param("audience", (draft.audience() != null) ? JSON.writeValueAsString(draft.audience()) : null)
			.param("scheduledAt", (draft.scheduledAt() != null) ? draft.scheduledAt().atOffset(ZoneOffset.UTC) : null)
			.query(Long.class)
			.single();
	}

	Optional<MessageCampaign> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where id = :id and scope_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs, countsByStatus(rs.getLong("id"))))
			.optional();
	}

	/**
	 * For module-internal callers that already decided who may send (enqueue, dispatch).
	 */
	Optional<MessageCampaign> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs, Map.of()))
			.optional();
	}

	PageResult<MessageCampaign> page(RegionScope scope, PageQuery page) {
		List<MessageCampaign> items = this.jdbc
			.sql(SELECT + " where scope_code between :lo and :hi order by id desc limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> map(rs, Map.of()))
			.list();
		long total = this.jdbc
			.sql("select count(*) from messaging.message_campaign where scope_code between :lo and :hi")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	Map<MessageStatus, Long> countsByStatus(long id) {
		Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
		for (MessageStatus status : MessageStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from messaging.outbox where campaign_id = :id group by status")
			.param("id", id)
			.query((rs, row) -> counts.put(MessageStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Claims the campaign's audience for {@code node} to queue it, the first time only;
	 * false when it has been sent before (or someone began first).
	 */
	boolean claimAudience(long id, String node, Duration lease) {
		return this.jdbc
			.sql("""
					update messaging.message_campaign
					set queued_at = now(), queue_owner = :node, queue_lease_until = now() + :lease * interval '1 millisecond'
					where id = :id and queued_at is null and audience is not null
					""")
			.param("id", id)
			.param("node", node)
			.param("lease", lease.toMillis())
			.update() == 1;
	}

	/**
	 * Claims one campaign whose audience was begun but not finished and that nobody is
	 * queuing (its claim released, or its node's lease run out), other than {@code skip}.
	 */
	Optional<Long> claimInterrupted(String node, Duration lease, Collection<Long> skip) {
		return this.jdbc.sql("""
				update messaging.message_campaign
				set queue_owner = :node, queue_lease_until = now() + :lease * interval '1 millisecond'
				where id = (select id from messaging.message_campaign
				            where queued_at is not null and audience_queued_at is null
				              and (queue_owner is null or queue_lease_until < now()) and id <> all(:skip)
				            order by id limit 1 for update skip locked)
				returning id
				""")
			.param("node", node)
			.param("lease", lease.toMillis())
			.param("skip", skip.toArray(Long[]::new))
			.query(Long.class)
			.optional();
	}

	/** Where the queuing of the audience stands: the last registry id queued. */
	long queueCursor(long id) {
		return this.jdbc.sql("select queue_cursor from messaging.message_campaign where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * The whole audience is queued: the campaign may now end when its messages are sent.
	 */
	boolean audienceQueued(long id, String node) {
		return this.jdbc.sql("""
				update messaging.message_campaign
				set audience_queued_at = now(), queue_owner = null, queue_lease_until = null
				where id = :id and queue_owner = :node
				""").param("id", id).param("node", node).update() == 1;
	}

	/**
	 * Gives up {@code node}'s claim after a failure, so that the resumer takes the
	 * campaign up again.
	 */
	void releaseQueueClaim(long id, String node) {
		this.jdbc.sql("""
				update messaging.message_campaign set queue_owner = null, queue_lease_until = null
				where id = :id and queue_owner = :node
				""").param("id", id).param("node", node).update();
	}

	/**
	 * When {@code node} starts: the audiences it was queuing when it stopped (except
	 * those it is queuing again already) can be resumed at once.
	 */
	int releaseOwnQueueClaims(String node, Collection<Long> running) {
		return this.jdbc.sql("""
				update messaging.message_campaign set queue_owner = null, queue_lease_until = null
				where queue_owner = :node and audience_queued_at is null and id <> all(:running)
				""").param("node", node).param("running", running.toArray(Long[]::new)).update();
	}

	/**
	 * Campaigns with an audience whose time has come and that nobody has begun sending.
	 */
	List<Long> due(Instant now) {
		return this.jdbc.sql("""
				select id from messaging.message_campaign
				where queued_at is null and scheduled_at <= :now and audience is not null
				order by scheduled_at
				""").param("now", now.atOffset(ZoneOffset.UTC)).query(Long.class).list();
	}

	/** Messages per channel and status, and the commonest failure reasons. */
	CampaignReport report(long id) {
		Map<Channel, Map<MessageStatus, Long>> counts = new EnumMap<>(Channel.class);
		this.jdbc.sql("select channel, status, count(*) from messaging.outbox where campaign_id = :id group by 1, 2")
			.param("id", id)
			.query((rs, row) -> counts.computeIfAbsent(Channel.valueOf(rs.getString(1)), (channel) -> zeroCounts())
				.put(MessageStatus.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
		List<CampaignReport.FailureReason> failures = this.jdbc.sql("""
				select channel, coalesce(last_error, '未知原因'), count(*) from messaging.outbox
				where campaign_id = :id and status = 'FAILED' group by 1, 2 order by 3 desc limit 10
				""")
			.param("id", id)
			.query((rs, row) -> new CampaignReport.FailureReason(Channel.valueOf(rs.getString(1)), rs.getString(2),
					rs.getLong(3)))
			.list();
		return new CampaignReport(counts, CampaignReport.leftOut(counts), failures);
	}

	private static Map<MessageStatus, Long> zeroCounts() {
		Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
		for (MessageStatus status : MessageStatus.values()) {
			counts.put(status, 0L);
		}
		return counts;
	}

	private static MessageCampaign map(ResultSet rs, Map<MessageStatus, Long> counts) throws SQLException {
		List<Channel> channels = Arrays.stream((String[]) rs.getArray("channels").getArray())
			.map(Channel::valueOf)
			.toList();
		Map<String, String> variables = JSON.readValue(rs.getString("variables"), new TypeReference<>() {
		});
		String audience = rs.getString("audience");
		return new MessageCampaign(rs.getLong("id"), rs.getString("name"), rs.getLong("template_id"),
				rs.getString("title"), rs.getString("body"), channels, variables, rs.getString("created_by"),
				rs.getString("scope_code"), CampaignStatus.valueOf(rs.getString("status")),
				rs.getLong("recipient_count"), rs.getLong("message_count"), counts,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs, "finished_at"),
				(audience != null) ? JSON.readValue(audience, Audience.class) : null, instant(rs, "scheduled_at"),
				instant(rs, "queued_at"), instant(rs, "audience_queued_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
