package org.rongjun.contact;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which liaison each village's people go to. */
@Repository
class VillageLiaisonRepository {

	private final JdbcClient jdbc;

	VillageLiaisonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void set(List<String> villages, long liaisonId, String liaisonName, String username) {
		this.jdbc.sql("""
				insert into contact.village_liaison (village_code, liaison_id, liaison_name, assigned_by)
				select v, :liaison, :name, :by from unnest(cast(:villages as text[])) as v
				on conflict (village_code) do update
				set liaison_id = excluded.liaison_id, liaison_name = excluded.liaison_name,
				    assigned_by = excluded.assigned_by, assigned_at = now()
				""")
			.param("villages", villages.toArray(String[]::new))
			.param("liaison", liaisonId)
			.param("name", liaisonName)
			.param("by", username)
			.update();
	}

	/**
	 * The villages of {@code region} with their liaison (villages without one are
	 * absent).
	 */
	Map<String, Assigned> within(RegionScope region) {
		return this.jdbc.sql("""
				select village_code, liaison_id, liaison_name from contact.village_liaison
				where village_code between :lo and :hi
				""")
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.query((rs, row) -> new Assigned(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Assigned::villageCode, (a) -> a));
	}

	/**
	 * Moves a liaison's villages inside {@code region} to another liaison, or clears them
	 * ({@code toLiaisonId} null).
	 */
	int handOver(long fromLiaisonId, RegionScope region, @Nullable Long toLiaisonId, @Nullable String toName) {
		if (toLiaisonId == null) {
			return this.jdbc.sql("""
					delete from contact.village_liaison
					where liaison_id = :from and village_code between :lo and :hi
					""")
				.param("from", fromLiaisonId)
				.param("lo", region.lowerBound())
				.param("hi", region.upperBound())
				.update();
		}
		return this.jdbc.sql("""
				update contact.village_liaison set liaison_id = :to, liaison_name = :name, assigned_at = now()
				where liaison_id = :from and village_code between :lo and :hi
				""")
			.param("from", fromLiaisonId)
			.param("to", toLiaisonId)
			.param("name", toName)
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.update();
	}

	int releaseOutside(long liaisonId, RegionScope keep) {
		return this.jdbc.sql("""
				delete from contact.village_liaison
				where liaison_id = :liaison and not (village_code between :lo and :hi)
				""").param("liaison", liaisonId).param("lo", keep.lowerBound()).param("hi", keep.upperBound()).update();
	}

	record Assigned(String villageCode, long liaisonId, String liaisonName) {
	}

}
