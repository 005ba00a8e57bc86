package org.rongjun.employment.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.employment.posts.Scopes;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReferralRepository {

	private static final String SELECT = """
			select r.*, p.title as post_title, e.name as employer_name
			from employment.referral r
			join employment.post p on p.id = r.post_id
			join employment.employer e on e.id = p.employer_id
			""";

	private static final String IN_SCOPE = " r.region_code between :lo and :hi";

	private final JdbcClient jdbc;

	ReferralRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Filter(@Nullable ReferralStatus status, @Nullable Long postId, @Nullable Long veteranId, boolean due,
			@Nullable LocalDate today) {
	}

	/**
	 * The new referral's id, or empty when the person has an open referral to the post.
	 */
	Optional<Long> insert(long postId, long veteranId, String veteranName, String region, int score,
			LocalDate followUpOn, LocalDate referredOn, String username) {
		try {
			return Optional.of(this.jdbc.sql("""
					insert into employment.referral (post_id, veteran_id, veteran_name, region_code, score, status,
					    follow_up_on, referred_on, referred_by)
					values (:post, :veteran, :name, :region, :score, 'REFERRED', :followUp, :on, :by)
					returning id
					""")
				.param("post", postId)
				.param("veteran", veteranId)
				.param("name", veteranName)
				.param("region", region)
				.param("score", score)
				.param("followUp", followUpOn)
				.param("on", referredOn)
				.param("by", username)
				.query(Long.class)
				.single());
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	void move(long id, ReferralStatus status, @Nullable LocalDate followUpOn, @Nullable LocalDate outcomeOn) {
		this.jdbc
			.sql("update employment.referral set status = :status, follow_up_on = :followUp, "
					+ "outcome_on = :outcome where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("followUp", followUpOn)
			.param("outcome", outcomeOn)
			.update();
	}

	void addStep(long id, ReferralStatus status, LocalDate on, @Nullable String note, String username) {
		this.jdbc.sql("""
				insert into employment.referral_step (referral_id, status, happened_on, note, recorded_by)
				values (:id, :status, :on, :note, :by)
				""")
			.param("id", id)
			.param("status", status.name())
			.param("on", on)
			.param("note", note)
			.param("by", username)
			.update();
	}

	Optional<Referral> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " where r.id = :id and" + IN_SCOPE)
			.params(Scopes.params(scope))
			.param("id", id)
			.query(ReferralRepository::map)
			.optional()
			.map((referral) -> referral.withSteps(steps(id)));
	}

	Optional<Referral> lock(long id) {
		this.jdbc.sql("select id from employment.referral where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional();
		return this.jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReferralRepository::map).optional();
	}

	List<ReferralStep> steps(long id) {
		return this.jdbc.sql("select * from employment.referral_step where referral_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new ReferralStep(rs.getLong("id"), ReferralStatus.valueOf(rs.getString("status")),
					rs.getObject("happened_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	PageResult<Referral> list(Filter filter, RegionScope scope, PageQuery page) {
		StringBuilder where = new StringBuilder(" where" + IN_SCOPE);
		Map<String, Object> params = new HashMap<>(Scopes.params(scope));
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.postId() != null) {
			where.append(" and r.post_id = :post");
			params.put("post", filter.postId());
		}
		if (filter.veteranId() != null) {
			where.append(" and r.veteran_id = :veteran");
			params.put("veteran", filter.veteranId());
		}
		if (filter.due()) {
			where.append(" and r.status in ('REFERRED', 'INTERVIEWED') and r.follow_up_on <= :today");
			params.put("today", filter.today());
		}
		String order = filter.due() ? " order by r.follow_up_on, r.id" : " order by r.id desc";
		List<Referral> items = this.jdbc.sql(SELECT + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ReferralRepository::map)
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from employment.referral r" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/**
	 * Open referrals due for a follow-up on {@code today}, and how many of them are late.
	 */
	long[] dueCounts(RegionScope scope, LocalDate today) {
		return this.jdbc.sql("""
				select count(*), count(*) filter (where follow_up_on < :today)
				from employment.referral r
				where r.status in ('REFERRED', 'INTERVIEWED') and r.follow_up_on <= :today and
				""" + IN_SCOPE)
			.params(Scopes.params(scope))
			.param("today", today)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/**
	 * Moves a merged file's referrals to the survivor; an open referral to a post the
	 * survivor is also open for is a duplicate and ends as 放弃 with a note saying why.
	 */
	void rekey(long survivorId, long mergedId, LocalDate today) {
		this.jdbc.sql("""
				with duplicate as (
				    update employment.referral m set status = 'DECLINED', follow_up_on = null, outcome_on = :today
				    where m.veteran_id = :merged and m.status in ('REFERRED', 'INTERVIEWED')
				      and exists (select 1 from employment.referral s where s.veteran_id = :survivor
				                  and s.post_id = m.post_id and s.status in ('REFERRED', 'INTERVIEWED'))
				    returning m.id)
				insert into employment.referral_step (referral_id, status, happened_on, note, recorded_by)
				select id, 'DECLINED', :today, '档案合并，与另一份档案的推荐重复', 'system' from duplicate
				""").param("survivor", survivorId).param("merged", mergedId).param("today", today).update();
		this.jdbc.sql("update employment.referral set veteran_id = :survivor where veteran_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
	}

	private static Referral map(ResultSet rs, int row) throws SQLException {
		return new Referral(rs.getLong("id"), rs.getLong("post_id"), rs.getString("post_title"),
				rs.getString("employer_name"), rs.getLong("veteran_id"), rs.getString("veteran_name"),
				rs.getString("region_code"), rs.getInt("score"), ReferralStatus.valueOf(rs.getString("status")),
				rs.getObject("follow_up_on", LocalDate.class), rs.getObject("outcome_on", LocalDate.class),
				rs.getObject("referred_on", LocalDate.class), rs.getString("referred_by"),
				rs.getObject("referred_at", OffsetDateTime.class), List.of());
	}

}
