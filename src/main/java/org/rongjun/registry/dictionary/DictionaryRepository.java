package org.rongjun.registry.dictionary;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DictionaryRepository {

	private static final RowMapper<DictionaryItem> MAPPER = (rs, row) -> new DictionaryItem(
			DictionaryKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("label"),
			rs.getInt("sort_order"), rs.getBoolean("builtin"), rs.getBoolean("active"));

	private final JdbcClient jdbc;

	DictionaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DictionaryItem> list(DictionaryKind kind, boolean includeInactive) {
		return this.jdbc.sql("""
				select * from registry.dictionary_item where kind = :kind and (active or :all)
				order by sort_order, code
				""").param("kind", kind.name()).param("all", includeInactive).query(MAPPER).list();
	}

	Optional<DictionaryItem> find(DictionaryKind kind, String code) {
		return this.jdbc.sql("select * from registry.dictionary_item where kind = :kind and code = :code")
			.param("kind", kind.name())
			.param("code", code)
			.query(MAPPER)
			.optional();
	}

	void insert(DictionaryKind kind, String code, String label, int sortOrder) {
		this.jdbc
			.sql("""
					insert into registry.dictionary_item (kind, code, label, sort_order) values (:kind, :code, :label, :sort)
					""")
			.param("kind", kind.name())
			.param("code", code)
			.param("label", label)
			.param("sort", sortOrder)
			.update();
	}

	void update(DictionaryKind kind, String code, String label, int sortOrder, boolean active) {
		this.jdbc.sql("""
				update registry.dictionary_item set label = :label, sort_order = :sort, active = :active
				where kind = :kind and code = :code
				""")
			.param("kind", kind.name())
			.param("code", code)
			.param("label", label)
			.param("sort", sortOrder)
			.param("active", active)
			.update();
	}

	List<DictionaryItem> all() {
		return this.jdbc.sql("select * from registry.dictionary_item order by kind, sort_order, code")
			.query(MAPPER)
			.list();
	}

	List<DictionarySynonym> synonyms(@org.jspecify.annotations.Nullable DictionaryKind kind) {
		return this.jdbc.sql("""
				select s.id, s.kind, s.synonym, s.code, i.label, s.builtin
				from registry.dictionary_synonym s
				join registry.dictionary_item i on i.kind = s.kind and i.code = s.code
				where cast(:kind as text) is null or s.kind = :kind
				order by s.kind, i.sort_order, s.synonym
				""")
			.param("kind", (kind != null) ? kind.name() : null)
			.query((rs, row) -> new DictionarySynonym(rs.getLong("id"), DictionaryKind.valueOf(rs.getString("kind")),
					rs.getString("synonym"), rs.getString("code"), rs.getString("label"), rs.getBoolean("builtin")))
			.list();
	}

	boolean synonymExists(DictionaryKind kind, String synonym) {
		return this.jdbc
			.sql("select exists (select 1 from registry.dictionary_synonym where kind = :kind and synonym = :synonym)")
			.param("kind", kind.name())
			.param("synonym", synonym)
			.query(Boolean.class)
			.single();
	}

	long insertSynonym(DictionaryKind kind, String synonym, String code, String createdBy) {
		return this.jdbc.sql("""
				insert into registry.dictionary_synonym (kind, synonym, code, created_by)
				values (:kind, :synonym, :code, :by) returning id
				""")
			.param("kind", kind.name())
			.param("synonym", synonym)
			.param("code", code)
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	/** Only an administrator's own synonyms go; built-in ones stay. */
	boolean deleteSynonym(DictionaryKind kind, long id) {
		return this.jdbc.sql("delete from registry.dictionary_synonym where id = :id and kind = :kind and not builtin")
			.param("id", id)
			.param("kind", kind.name())
			.update() == 1;
	}

}
