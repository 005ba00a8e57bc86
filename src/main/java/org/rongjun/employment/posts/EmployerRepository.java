package org.rongjun.employment.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EmployerRepository {

	private static final String SELECT = """
			select e.*, (select count(*) from employment.post p
			             where p.employer_id = e.id and not p.closed and p.filled < p.openings
			               and p.valid_until >= :today) as open_posts
			from employment.employer e
			""";

	private final JdbcClient jdbc;

	EmployerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(EmployerDraft draft, String region, String username) {
		return this.jdbc.sql("""
				insert into employment.employer (region_code, name, kind, credit_code, industry, contact_name,
				    contact_phone, address, agreement_no, agreement_until, active, created_by)
				values (:region, :name, :kind, :credit, :industry, :contact, :phone, :address, :agreement, :until,
				    :active, :by)
				returning id
				""").params(values(draft)).param("region", region).param("by", username).query(Long.class).single();
	}

	void update(long id, EmployerDraft draft) {
		this.jdbc.sql("""
				update employment.employer set name = :name, kind = :kind, credit_code = :credit, industry = :industry,
				    contact_name = :contact, contact_phone = :phone, address = :address, agreement_no = :agreement,
				    agreement_until = :until, active = :active
				where id = :id
				""").params(values(draft)).param("id", id).update();
	}

	boolean creditCodeTaken(String creditCode, long exceptId) {
		return this.jdbc.sql("select count(*) from employment.employer where credit_code = :code and id <> :id")
			.param("code", creditCode)
			.param("id", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Employer> find(long id, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(SELECT + " where e.id = :id and " + Scopes.visible("e.region_code"))
			.params(Scopes.params(scope))
			.param("id", id)
			.param("today", today)
			.query(EmployerRepository::map)
			.optional();
	}

	PageResult<Employer> list(@Nullable String q, @Nullable EmployerKind kind, RegionScope scope, LocalDate today,
			PageQuery page) {
		StringBuilder where = new StringBuilder(" where " + Scopes.visible("e.region_code"));
		Map<String, Object> params = new HashMap<>(Scopes.params(scope));
		if (q != null) {
			where.append(" and e.name like :q");
			params.put("q", "%" + Scopes.escapeLike(q) + "%");
		}
		if (kind != null) {
			where.append(" and e.kind = :kind");
			params.put("kind", kind.name());
		}
		List<Employer> items = this.jdbc
			.sql(SELECT + where + " order by e.active desc, e.id desc limit :limit offset :offset")
			.params(params)
			.param("today", today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(EmployerRepository::map)
			.list();
		return page.result(items,
				() -> this.jdbc.sql("select count(*) from employment.employer e" + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	private static Map<String, Object> values(EmployerDraft draft) {
		Map<String, Object> values = new HashMap<>();
		values.put("name", draft.name());
		values.put("kind", draft.kind().name());
		values.put("credit", draft.creditCode());
		values.put("industry", draft.industry());
		values.put("contact", draft.contactName());
		values.put("phone", draft.contactPhone());
		values.put("address", draft.address());
		values.put("agreement", draft.agreementNo());
		values.put("until", draft.agreementUntil());
		values.put("active", draft.active());
		return values;
	}

	private static Employer map(ResultSet rs, int row) throws SQLException {
		return new Employer(rs.getLong("id"), rs.getString("region_code"), rs.getString("name"),
				EmployerKind.valueOf(rs.getString("kind")), rs.getString("credit_code"), rs.getString("industry"),
				rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("address"),
				rs.getString("agreement_no"), rs.getObject("agreement_until", LocalDate.class), rs.getBoolean("active"),
				rs.getLong("open_posts"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
	}

}
