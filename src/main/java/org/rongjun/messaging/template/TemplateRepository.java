package org.rongjun.messaging.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Templates a scope may read: its own region and below, the regions above it (a county's
 * templates serve its townships) and the shared ones without a region.
 */
@Repository
class TemplateRepository {

	private static final String SELECT = """
			select id, code, name, title, body, scope_code, updated_at,
			       (scope_code between :lo and :hi) as editable
			from messaging.message_template
			where (scope_code between :lo and :hi or scope_code = any(:above) or scope_code is null)
			""";

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MessageTemplate> findAll(RegionScope scope) {
		return this.jdbc.sql(SELECT + " order by scope_code nulls first, code")
			.params(visible(scope))
			.query((rs, row) -> map(rs))
			.list();
	}

	Optional<MessageTemplate> find(long id, RegionScope scope) {
		return this.jdbc.sql(SELECT + " and id = :id")
			.params(visible(scope))
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	boolean codeTaken(String code, String scopeCode, long exceptId) {
		return this.jdbc.sql("""
				select exists (select 1 from messaging.message_template
				               where code = :code and scope_code = :scope and id <> :except)
				""")
			.param("code", code)
			.param("scope", scopeCode)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	long insert(TemplateDraft draft, String scopeCode) {
		return this.jdbc.sql("""
				insert into messaging.message_template (code, name, title, body, scope_code)
				values (:code, :name, :title, :body, :scope) returning id
				""")
			.param("code", draft.code())
			.param("name", draft.name().strip())
			.param("title", draft.title().strip())
			.param("body", draft.body().strip())
			.param("scope", scopeCode)
			.query(Long.class)
			.single();
	}

	void update(long id, TemplateDraft draft) {
		this.jdbc.sql("""
				update messaging.message_template
				set code = :code, name = :name, title = :title, body = :body, updated_at = now() where id = :id
				""")
			.param("id", id)
			.param("code", draft.code())
			.param("name", draft.name().strip())
			.param("title", draft.title().strip())
			.param("body", draft.body().strip())
			.update();
	}

	boolean inUse(long id) {
		return this.jdbc.sql("""
				select exists (select 1 from messaging.message_campaign where template_id = :id)
				    or exists (select 1 from messaging.greeting_setting where template_id = :id)
				""").param("id", id).query(Boolean.class).single();
	}

	void delete(long id) {
		this.jdbc.sql("delete from messaging.message_template where id = :id").param("id", id).update();
	}

	private static Map<String, Object> visible(RegionScope scope) {
		List<String> above = new ArrayList<>();
		scope.root().ifPresent((root) -> root.ancestors().stream().map(RegionCode::value).forEach(above::add));
		return Map.of("lo", scope.lowerBound(), "hi", scope.upperBound(), "above", above.toArray(String[]::new));
	}

	private static MessageTemplate map(ResultSet rs) throws SQLException {
		String title = rs.getString("title");
		String body = rs.getString("body");
		Set<String> variables = new LinkedHashSet<>(TemplateText.parse(title).variables());
		variables.addAll(TemplateText.parse(body).variables());
		return new MessageTemplate(rs.getLong("id"), rs.getString("code"), rs.getString("name"), title, body,
				List.copyOf(variables), rs.getString("scope_code"), rs.getBoolean("editable"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
