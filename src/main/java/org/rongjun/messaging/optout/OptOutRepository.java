package org.rongjun.messaging.optout;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.rongjun.messaging.channel.Addresses;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OptOutRepository {

	private static final String SELECT = """
			select id, channel, address_mask, recipient_key, source, scope_code, created_by, created_at
			from messaging.opt_out
			""";

	private static final RowMapper<OptOut> MAPPER = (rs, row) -> new OptOut(rs.getLong("id"),
			Channel.valueOf(rs.getString("channel")), rs.getString("address_mask"), rs.getString("recipient_key"),
			OptOutSource.valueOf(rs.getString("source")), rs.getString("scope_code"), rs.getString("created_by"),
			rs.getObject("created_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	OptOutRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page inside the scope, of one channel or all, optionally only the opt-out of one
	 * address (by its blind index) or of one person key.
	 */
	PageResult<OptOut> page(RegionScope scope, @Nullable Channel channel, byte @Nullable [] addressIndex,
			@Nullable String recipientKey, PageQuery page) {
		String where = """
				where scope_code between :lo and :hi and (cast(:channel as text) is null or channel = :channel)
				  and (cast(:index as bytea) is null or address_index = :index)
				  and (cast(:key as text) is null or recipient_key = :key)
				""";
		List<OptOut> items = this.jdbc.sql(SELECT + where + " order by id desc limit :limit offset :offset")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("channel", (channel != null) ? channel.name() : null)
			.param("index", addressIndex)
			.param("key", recipientKey)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MAPPER)
			.list();
		long total = this.jdbc.sql("select count(*) from messaging.opt_out " + where)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("channel", (channel != null) ? channel.name() : null)
			.param("index", addressIndex)
			.param("key", recipientKey)
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
	boolean add(Channel channel, Addresses.@Nullable Sealed address, @Nullable String recipientKey, OptOutSource source,
			@Nullable String scopeCode, @Nullable String createdBy) {
		return this.jdbc
			.sql("""
					insert into messaging.opt_out (channel, address_cipher, address_index, address_mask, recipient_key, source,
					                               scope_code, created_by)
					values (:channel, :cipher, :index, :mask, :key, :source, :scope, :by) on conflict do nothing
					""")
			.param("channel", channel.name())
			.param("cipher", (address != null) ? address.cipher() : null)
			.param("index", (address != null) ? address.index() : null)
			.param("mask", (address != null) ? address.mask() : null)
			.param("key", recipientKey)
			.param("source", source.name())
			.param("scope", scopeCode)
			.param("by", createdBy)
			.update() == 1;
	}

	void delete(long id) {
		this.jdbc.sql("delete from messaging.opt_out where id = :id").param("id", id).update();
	}

	/** Every person key and address index opted out of {@code channel}. */
	OptOuts.Matcher matcher(Channel channel) {
		Set<String> keys = new HashSet<>();
		Set<ByteBuffer> indexes = new HashSet<>();
		this.jdbc.sql("select recipient_key, address_index from messaging.opt_out where channel = :channel")
			.param("channel", channel.name())
			.query((rs) -> {
				String key = rs.getString(1);
				byte[] index = rs.getBytes(2);
				if (key != null) {
					keys.add(key);
				}
				if (index != null) {
					indexes.add(ByteBuffer.wrap(index));
				}
			});
		return new OptOuts.Matcher(keys, indexes);
	}

	/**
	 * The scope of the latest campaign that messaged the address indexed
	 * {@code addressIndex} on {@code channel}: an SMS reply carries only the phone
	 * number, and this places the opt-out where the staff who sent the campaign can see
	 * it.
	 */
	@Nullable String scopeOfLatestMessageTo(Channel channel, byte[] addressIndex) {
		return this.jdbc.sql("""
				select c.scope_code from messaging.outbox o join messaging.message_campaign c on c.id = o.campaign_id
				where o.channel = :channel and o.address_index = :index and o.sent_at is not null
				order by o.sent_at desc limit 1
				""")
			.param("channel", channel.name())
			.param("index", addressIndex)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
