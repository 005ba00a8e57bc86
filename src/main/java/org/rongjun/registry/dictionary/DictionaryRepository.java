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

}
