package org.rongjun.registry.person;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search keys of a person's name ({@code registry.veteran_name_key}): the name itself
 * and each pinyin reading, full and initials, with the household region. They are derived
 * from the person file's {@code name}, {@code name_pinyin}, {@code name_initials} and
 * {@code household_region_code}, and found again through those same columns, since the
 * table's only index is {@code (county_code, key)} (registry V29): whoever changes a
 * person's name or region calls {@link #remove} while the file still holds the old values
 * and {@link #add} once it holds the new ones.
 */
@Repository
public class NameKeys {

	private final JdbcClient jdbc;

	NameKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The keys of one person, as {@link #add} writes them and a roster import copies
	 * them.
	 */
	static Set<String> of(VeteranRecord veteran) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(veteran.name());
		keys.addAll(veteran.namePinyin());
		keys.addAll(veteran.nameInitials());
		return keys;
	}

	/** Removes the person's keys; call it before the file's name or region changes. */
	public void remove(long veteranId) {
		this.jdbc.sql("""
				delete from registry.veteran_name_key k
				using registry.veteran v
				where v.id = :id and k.veteran_id = v.id
				  and k.county_code = left(v.household_region_code, 6)
				  and k.key = any(array[v.name] || v.name_pinyin || v.name_initials)
				""").param("id", veteranId).update();
	}

	/** Writes the person's keys from the file as it is now. */
	public void add(long veteranId) {
		this.jdbc.sql("""
				insert into registry.veteran_name_key (veteran_id, key, region_code)
				select distinct v.id, k.key, v.household_region_code
				from registry.veteran v
				cross join lateral unnest(array[v.name] || v.name_pinyin || v.name_initials) as k (key)
				where v.id = :id
				""").param("id", veteranId).update();
	}

}
