package org.rongjun.publicity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PolicyArticleRepository {

	private final JdbcClient jdbc;

	PolicyArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String title, @Nullable String summary, String body, Collection<PublicationChannel> channels,
			@Nullable LocalDate publishDate, String regionCode, String by) {
		return this.jdbc.sql("""
				insert into publicity.policy_article (title, summary, body, channels, publish_date, status, region_code,
				    created_by)
				values (:title, :summary, :body, string_to_array(:channels, ','), :date, 'DRAFT', :region, :by)
				returning id
				""")
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("channels", join(channels))
			.param("date", publishDate)
			.param("region", regionCode)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	boolean update(long id, String title, @Nullable String summary, String body,
			Collection<PublicationChannel> channels, @Nullable LocalDate publishDate) {
		return this.jdbc.sql("""
				update publicity.policy_article set title = :title, summary = :summary, body = :body,
				    channels = string_to_array(:channels, ','), publish_date = :date, updated_at = now()
				where id = :id and status = 'DRAFT'
				""")
			.param("id", id)
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("channels", join(channels))
			.param("date", publishDate)
			.update() == 1;
	}

	boolean publish(long id, LocalDate publishDate, String by) {
		return this.jdbc.sql("""
				update publicity.policy_article set status = 'PUBLISHED', publish_date = :date, published_by = :by,
				    published_at = now(), updated_at = now()
				where id = :id and status = 'DRAFT'
				""").param("id", id).param("date", publishDate).param("by", by).update() == 1;
	}

	boolean withdraw(long id) {
		return this.jdbc.sql("""
				update publicity.policy_article set status = 'WITHDRAWN', updated_at = now()
				where id = :id and status = 'PUBLISHED'
				""").param("id", id).update() == 1;
	}

	/** An article the caller manages: written in their scope. */
	Optional<PolicyArticle> find(long id, RegionScope scope) {
		return this.jdbc
			.sql("select * from publicity.policy_article where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> map(rs))
			.optional();
	}

	PageResult<PolicyArticle> list(RegionScope scope, @Nullable ArticleStatus status, PageQuery page) {
		String where = " where region_code between :lo and :hi and (cast(:status as text) is null or status = :status)";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("status", (status != null) ? status.name() : null);
		return page(where, params, " order by id desc", page);
	}

	/**
	 * Published articles a reader in the scope sees: from the scope's own subtree and
	 * from every region above it (a county's article reaches its townships and villages).
	 */
	PageResult<PolicyArticle> readable(RegionScope scope, List<String> above, LocalDate today, PageQuery page) {
		String where = """
				 where status = 'PUBLISHED' and publish_date <= :today
				   and (region_code between :lo and :hi or region_code = any(string_to_array(:above, ',')))
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		params.put("today", today);
		params.put("above", String.join(",", above));
		return page(where, params, " order by publish_date desc, id desc", page);
	}

	Optional<PolicyArticle> readableOne(long id, RegionScope scope, List<String> above, LocalDate today) {
		return this.jdbc.sql("""
				select * from publicity.policy_article
				where id = :id and status = 'PUBLISHED' and publish_date <= :today
				  and (region_code between :lo and :hi or region_code = any(string_to_array(:above, ',')))
				""")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("today", today)
			.param("above", String.join(",", above))
			.query((rs, row) -> map(rs))
			.optional();
	}

	private PageResult<PolicyArticle> page(String where, Map<String, Object> params, String order, PageQuery page) {
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<PolicyArticle> items = this.jdbc
			.sql("select * from publicity.policy_article" + where + order + " limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> map(rs))
			.list();
		long total = this.jdbc.sql("select count(*) from publicity.policy_article" + where)
			.params(params)
			.query(Long.class)
			.single();
		return page.result(items, total);
	}

	private static String join(Collection<PublicationChannel> channels) {
		return channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static PolicyArticle map(ResultSet rs) throws SQLException {
		Array array = rs.getArray("channels");
		List<PublicationChannel> channels = (array != null)
				? Arrays.stream((String[]) array.getArray()).map(PublicationChannel::valueOf).toList() : List.of();
		return new PolicyArticle(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
				channels, rs.getObject("publish_date", LocalDate.class), ArticleStatus.valueOf(rs.getString("status")),
				rs.getString("region_code"), rs.getString("region_code"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("published_by"),
				rs.getObject("published_at", OffsetDateTime.class));
	}

}
