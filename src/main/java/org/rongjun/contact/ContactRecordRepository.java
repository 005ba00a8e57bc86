package org.rongjun.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact records, every query inside the caller's scope. */
@Repository
class ContactRecordRepository {

	private final JdbcClient jdbc;

	ContactRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ContactDraft draft, String personName, String regionCode, LocalDate on, boolean reached,
			@Nullable Mood mood, @Nullable String summary, @Nullable Long liaisonId, String contactedBy,
			String username) {
		return this.jdbc.sql("""
				insert into contact.contact_record (veteran_id, person_name, region_code, source, channel,
				                                    contacted_on, reached, mood, summary, liaison_id, contacted_by,
				                                    needs, created_by)
				values (:veteran, :name, :region, 'CONTACT', :channel, :on, :reached, :mood, :summary, :liaison, :by,
				        :needs, :username)
				returning id
				""")
			.paramSource(new MapSqlParameterSource().addValue("veteran", draft.veteranId())
				.addValue("name", personName)
				.addValue("region", regionCode)
				.addValue("channel", draft.channel().name())
				.addValue("on", on)
				.addValue("reached", reached)
				.addValue("mood", (mood != null) ? mood.name() : null)
				.addValue("summary", summary)
				.addValue("liaison", liaisonId)
				.addValue("by", contactedBy)
				.addValue("needs", draft.needsOrNone().size())
				.addValue("username", username))
			.query(Long.class)
			.single();
	}

	/**
	 * A care visit to a person, once (the visit id is unique): named and placed as the
	 * person is kept, or as the registry has them when they are not kept in touch with.
	 */
	boolean insertCareVisit(long visitId, long veteranId, String regionCode, boolean homeVisit, LocalDate on,
			String visitors, @Nullable String opinions, int problems) {
		return this.jdbc.sql("""
				insert into contact.contact_record (veteran_id, person_name, region_code, source, care_visit_id,
				                                    channel, contacted_on, reached, summary, contacted_by, needs,
				                                    created_by)
				select :veteran,
				       coalesce((select person_name from contact.follow where veteran_id = :veteran),
				                (select name from registry.veteran_profile where veteran_id = :veteran), ''),
				       :region, 'CARE_VISIT', :visit, :channel, :on, true, :summary, :visitors, :problems, 'care'
				on conflict (care_visit_id) do nothing
				""")
			.param("veteran", veteranId)
			.param("region", regionCode)
			.param("visit", visitId)
			.param("channel", homeVisit ? ContactChannel.HOME_VISIT.name() : null)
			.param("on", on)
			.param("summary", (opinions != null && opinions.length() > 2000) ? opinions.substring(0, 2000) : opinions)
			.param("visitors", (visitors.length() > 200) ? visitors.substring(0, 200) : visitors)
			.param("problems", problems)
			.update() == 1;
	}

	Optional<ContactRecord> find(long id, RegionScope scope) {
		return this.jdbc.sql("select * from contact.contact_record where id = :id and region_code between :lo and :hi")
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query((rs, row) -> record(rs))
			.optional();
	}

	/**
	 * A person's history, newest first. Records are kept under the region they were made
	 * in; a person who moved keeps their history, which the new region sees.
	 */
	List<ContactRecord> history(long veteranId, PageQuery page) {
		return this.jdbc.sql("""
				select * from contact.contact_record where veteran_id = :veteran
				order by contacted_on desc, id desc limit :limit offset :offset
				""")
			.param("veteran", veteranId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> record(rs))
			.list();
	}

	long historySize(long veteranId) {
		return this.jdbc.sql("select count(*) from contact.contact_record where veteran_id = :veteran")
			.param("veteran", veteranId)
			.query(Long.class)
			.single();
	}

	/** Records made in {@code region} between two days, for the workload figures. */
	long countMade(RegionScope region, @Nullable Long liaisonId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*) from contact.contact_record
				where region_code between :lo and :hi and contacted_on between :from and :to and reached
				  and (cast(:liaison as bigint) is null or liaison_id = :liaison)
				""")
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.param("from", from)
			.param("to", to)
			.param("liaison", liaisonId)
			.query(Long.class)
			.single();
	}

	private static ContactRecord record(ResultSet rs) throws SQLException {
		String channel = rs.getString("channel");
		String mood = rs.getString("mood");
		return new ContactRecord(rs.getLong("id"), rs.getLong("veteran_id"), rs.getString("person_name"),
				rs.getString("region_code"), ContactSource.valueOf(rs.getString("source")),
				rs.getObject("care_visit_id", Long.class), (channel != null) ? ContactChannel.valueOf(channel) : null,
				rs.getObject("contacted_on", LocalDate.class), rs.getBoolean("reached"),
				(mood != null) ? Mood.valueOf(mood) : null, rs.getString("summary"),
				rs.getObject("liaison_id", Long.class), rs.getString("contacted_by"), rs.getInt("needs"),
				rs.getString("created_by"), List.of());
	}

}
