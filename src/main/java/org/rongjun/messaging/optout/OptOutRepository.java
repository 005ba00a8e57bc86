package org.rongjun.messaging.optout;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.rongjun.messaging.channel.Channel;

@Repository
class OptOutRepository {

	private static final String SELECT = """
			select id, channel, address, recipient_key, source, scope_code, created_by, created_at from messaging.opt_out
			""";

	private static final RowMapper<OptOut> MAPPER = (rs, row) -> new OptOut(rs.getLong("id"),
			Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("recipient_key"),
			OptOutSource.valueOf(rs.getString("source")), rs.getString("scope_code"), rs.getString("created_by"),
			rs.getObject("created_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	OptOutRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResult<OptOut> page(RegionScope scope, @Nullable Channel channel, PageQuery page) {
		String where = """
				where scope_code between :lo and :hi and (cast(:channel as text) is null or channel = :channel)
				""";
		List<OptOut> items = this.jdbc.sql(SELECT + where + " order by id desc limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("channel", (channel != null) ? channel.name() : null)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MAPPER)
			.list();
		long total = this.jdbc.sql("select count(*) from messaging.opt_out " + where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("channel", (channel != null) ? channel.name() : null)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	Optional<OptOut> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where id = :id and scope_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(MAPPER)
			.optional();
	}

	/** Records an opt-out unless the same one exists; answers whether a row was added. */
	boolean add(Channel channel, @Nullable String address, @Nullable String recipientKey, OptOutSource source,
			@Nullable String scopeCode, @Nullable String createdBy) {
		return this.jdbc.sql("""
				insert into messaging.opt_out (channel, address, recipient_key, source, scope_code, created_by)
				values (:channel, :address, :key, :source, :scope, :by) on conflict do nothing
				""")
			.param("channel", channel.name())
			.param("address", address)
			.param("key", recipientKey)
			.param("source", source.name())
			.param("scope", scopeCode)
			.param("by", createdBy)
			.update() == 1;
	}

	void delete(long id) {
		this.jdbc.sql("delete from messaging.opt_out where id = :id").param("id", id).update();
	}

	/**
	 * The scope of the latest campaign that messaged {@code address} on {@code channel}:
	 * an SMS reply carries only the phone number, and this places the opt-out where the
	 * staff who sent the campaign can see it.
	 */
	@Nullable String scopeOfLatestMessageTo(Channel channel, String address) {
		return this.jdbc.sql("""
				select c.scope_code from messaging.outbox o join messaging.message_campaign c on c.id = o.campaign_id
				where o.channel = :channel and o.address = :address and o.sent_at is not null
				order by o.sent_at desc limit 1
				""")
			.param("channel", channel.name())
			.param("address", address)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
