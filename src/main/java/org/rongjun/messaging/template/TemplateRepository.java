package org.rongjun.messaging.template;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TemplateRepository {

	private static final String SELECT = "select id, code, name, title, body, updated_at from messaging.message_template ";

	private static final RowMapper<MessageTemplate> MAPPER = (rs, row) -> {
		String title = rs.getString("title");
		String body = rs.getString("body");
		java.util.Set<String> variables = TemplateText.parse(title).variables();
		variables.addAll(TemplateText.parse(body).variables());
		return new MessageTemplate(rs.getLong("id"), rs.getString("code"), rs.getString("name"), title, body,
				List.copyOf(variables), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	};

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MessageTemplate> findAll() {
		return this.jdbc.sql(SELECT + "order by code").query(MAPPER).list();
	}

	Optional<MessageTemplate> find(long id) {
		return this.jdbc.sql(SELECT + "where id = :id").param("id", id).query(MAPPER).optional();
	}

	boolean codeTaken(String code, long exceptId) {
		return this.jdbc
			.sql("select exists (select 1 from messaging.message_template where code = :code and id <> :except)")
			.param("code", code)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	long insert(TemplateDraft draft) {
		return this.jdbc.sql("""
				insert into messaging.message_template (code, name, title, body)
				values (:code, :name, :title, :body) returning id
				""")
			.param("code", draft.code())
			.param("name", draft.name().strip())
			.param("title", draft.title().strip())
			.param("body", draft.body().strip())
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

}
