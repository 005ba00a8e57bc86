package org.rongjun.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people kept in touch with ({@code contact.follow}): taken on from registry's
 * published view, kept current, listed, and moved when contacts are recorded. The
 * statement triggers of the table keep the boards' counts; nothing here counts people for
 * a board.
 */
@Repository
class FollowRepository {

	/**
	 * Who is kept in touch with, with their group and its interval: living veterans, and
	 * the files of veterans who died whose survivors still hold an entitlement (遗属户). A
	 * person in two groups follows the shorter interval.
	 */
	private static final String PEOPLE = """
			select p.veteran_id, p.name, p.region_code, p.deceased as household, g.contact_group, g.interval_months
			from registry.veteran_profile p
			cross join lateral (
			    select c.contact_group, contact.interval_for(p.region_code, c.contact_group) as interval_months
			    from (values ('HARDSHIP', p.hardship and not p.deceased, 0),
			                 ('KEY', p.categories && cast(:key as text[]), 1),
			                 ('GENERAL', true, 2)) as c (contact_group, applies, rank)
			    where c.applies
			    order by 2, c.rank
			    limit 1
			) g
			where (not p.deceased or cardinality(p.categories) > 0)
			""";

	private static final String SELECT = """
			select f.*, f.due_on - cast(:today as date) as days_left from contact.follow f
			""";

	private final JdbcClient jdbc;

	FollowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which people a sync looks at: a region subtree, one person, or everyone. */
	record Selection(String people, String kept, Map<String, Object> params) {

		static Selection region(RegionScope region) {
			return new Selection(" and p.region_code between :lo and :hi", " f.region_code between :lo and :hi",
					Map.of("lo", region.lowerBound(), "hi", region.upperBound()));
		}

		static Selection person(long veteranId) {
			return new Selection(" and p.veteran_id = :veteran", " f.veteran_id = :veteran",
					Map.of("veteran", veteranId));
		}

		static Selection everyone() {
			return new Selection("", " true", Map.of());
		}

		/** People registered after {@code veteranId} (new files): taken on only. */
		static Selection after(long veteranId) {
			return new Selection(" and p.veteran_id > :after", " false", Map.of("after", veteranId));
		}

	}

	/**
	 * Brings the selected people in line with the registry: takes on new ones (with their
	 * village's liaison and any contacts recorded before), updates names, regions (a move
	 * hands them to the new village's liaison) and groups, and lets go of those no longer
	 * kept in touch with. Returns how many rows changed.
	 */
	int sync(Selection selection, List<String> keyCategories, LocalDate today) {
		Map<String, Object> params = new HashMap<>(selection.params());
		params.put("key", keyCategories.toArray(String[]::new));
		params.put("today", today);
		int removed = this.jdbc.sql("""
				delete from contact.follow f where""" + selection.kept() + """
				  and not exists (select 1 from registry.veteran_profile p where p.veteran_id = f.veteran_id
				                  and (not p.deceased or cardinality(p.categories) > 0))
				""").params(params).update();
		int changed = this.jdbc
			.sql("""
					update contact.follow f
					set person_name = x.name, region_code = x.region_code, household = x.household,
					    contact_group = x.contact_group, interval_months = x.interval_months,
					    due_on = cast(coalesce(f.last_contact_on, f.followed_since)
					                  + make_interval(months => x.interval_months) as date),
					    liaison_id = case when f.region_code = x.region_code then f.liaison_id else vl.liaison_id end,
					    liaison_name = case when f.region_code = x.region_code then f.liaison_name else vl.liaison_name end
					from ("""
					+ PEOPLE
					+ selection.people()
						.replace("and p.region_code between :lo and :hi",
								"""
										and (p.region_code between :lo and :hi
										     or p.veteran_id in (select k.veteran_id from contact.follow k where k.region_code between :lo and :hi))
										""")
					+ """
							) x
							left join contact.village_liaison vl on vl.village_code = x.region_code
							where f.veteran_id = x.veteran_id
							  and (f.person_name, f.region_code, f.household, f.contact_group, f.interval_months)
							      is distinct from (x.name, x.region_code, x.household, x.contact_group, x.interval_months)
							""")
			.params(params)
			.update();
		int added = this.jdbc.sql("""
				insert into contact.follow (veteran_id, person_name, region_code, household, contact_group,
				                            interval_months, liaison_id, liaison_name, followed_since, last_contact_on,
				                            last_channel, last_mood, due_on)
				select x.veteran_id, x.name, x.region_code, x.household, x.contact_group, x.interval_months,
				       vl.liaison_id, vl.liaison_name, cast(:today as date), last.contacted_on, last.channel, last.mood,
				       cast(coalesce(last.contacted_on, cast(:today as date))
				            + make_interval(months => x.interval_months) as date)
				from (""" + PEOPLE + selection.people() + """
				) x
				left join contact.village_liaison vl on vl.village_code = x.region_code
				left join lateral (select r.contacted_on, r.channel, r.mood from contact.contact_record r
				                   where r.veteran_id = x.veteran_id and r.reached
				                   order by r.contacted_on desc, r.id desc limit 1) last on true
				where not exists (select 1 from contact.follow f where f.veteran_id = x.veteran_id)
				on conflict (veteran_id) do nothing
				""").params(params).update();
		return removed + changed + added;
	}

	long highestVeteranId() {
		return this.jdbc.sql("select coalesce(max(veteran_id), 0) from contact.follow").query(Long.class).single();
	}

	Optional<FollowedPerson> find(long veteranId, RegionScope scope, LocalDate today) {
		return this.jdbc.sql(SELECT + " where f.veteran_id = :veteran and f.region_code between :lo and :hi")
			.param("veteran", veteranId)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("today", today)
			.query((rs, row) -> person(rs))
			.optional();
	}

	/**
	 * One page of a list. {@code dueBy} is the last due day the DUE list includes;
	 * {@code liaisonId} and {@code name} (a prefix) narrow any list.
	 */
	List<FollowedPerson> search(RegionScope region, PeopleFilter filter, @Nullable Long liaisonId,
			@Nullable String name, LocalDate today, LocalDate dueBy, PageQuery page) {
		Map<String, Object> params = params(region, filter, liaisonId, name, today, dueBy);
		String order = switch (filter) {
			case NO_LIAISON, UNREACHABLE -> " order by f.region_code, f.veteran_id";
			default -> " order by f.due_on, f.veteran_id";
		};
		return this.jdbc.sql(SELECT + where(filter) + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> person(rs))
			.list();
	}

	/** How many people a narrowed list holds (the boards' counts answer the rest). */
	long count(RegionScope region, PeopleFilter filter, @Nullable Long liaisonId, @Nullable String name,
			LocalDate today, LocalDate dueBy) {
		return this.jdbc.sql("select count(*) from contact.follow f" + where(filter))
			.params(params(region, filter, liaisonId, name, today, dueBy))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> params(RegionScope region, PeopleFilter filter, @Nullable Long liaisonId,
			@Nullable String name, LocalDate today, LocalDate dueBy) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", region.lowerBound());
		params.put("hi", region.upperBound());
		params.put("today", today);
		params.put("dueBy", dueBy);
		params.put("liaison", liaisonId);
		params.put("name", (name != null && !name.isBlank()) ? escapeLike(name.strip()) + "%" : null);
		return params;
	}

	private static String where(PeopleFilter filter) {
		String condition = switch (filter) {
			case ALL -> "";
			case NO_LIAISON -> " and f.liaison_id is null";
			case NEVER_CONTACTED -> " and f.last_contact_on is null";
			case OVERDUE -> " and f.due_on < cast(:today as date)";
			case UNREACHABLE -> " and f.unreachable";
			case DUE -> " and f.due_on <= cast(:dueBy as date)";
		};
		return """
				 where f.region_code between :lo and :hi
				   and (cast(:liaison as bigint) is null or f.liaison_id = :liaison)
				   and (cast(:name as text) is null or f.person_name like :name)
				""" + condition;
	}

	/**
	 * A contact on {@code on}: the due day moves to {@code on} plus the interval, unless
	 * a later contact is already on file. A care visit brings no 思想动态, so the last one
	 * stays.
	 */
	void contacted(long veteranId, LocalDate on, @Nullable ContactChannel channel, @Nullable Mood mood) {
		this.jdbc.sql("""
				update contact.follow f
				set last_contact_on = :on, last_channel = :channel, last_mood = coalesce(:mood, f.last_mood),
				    unreachable = false,
				    due_on = cast(cast(:on as date) + make_interval(months => f.interval_months) as date)
				where f.veteran_id = :veteran and (f.last_contact_on is null or f.last_contact_on <= :on)
				""")
			.param("veteran", veteranId)
			.param("on", on)
			.param("channel", (channel != null) ? channel.name() : null)
			.param("mood", (mood != null) ? mood.name() : null)
			.update();
	}

	/**
	 * A phone call on {@code on} did not get through, and no later contact is on file.
	 */
	void unreachable(long veteranId, LocalDate on) {
		this.jdbc.sql("""
				update contact.follow set unreachable = true
				where veteran_id = :veteran and not unreachable and (last_contact_on is null or last_contact_on <= :on)
				""").param("veteran", veteranId).param("on", on).update();
	}

	/** Hands people to a liaison (or, with {@code liaisonId} null, to none). */
	int assign(List<Long> veteranIds, @Nullable Long liaisonId, @Nullable String liaisonName) {
		return this.jdbc.sql("""
				update contact.follow set liaison_id = :liaison, liaison_name = :name
				where veteran_id = any(cast(:ids as bigint[]))
				  and liaison_id is distinct from cast(:liaison as bigint)
				""")
			.param("ids", veteranIds.toArray(Long[]::new))
			.param("liaison", liaisonId)
			.param("name", liaisonName)
			.update();
	}

	/**
	 * Hands the people of the villages to a liaison: everyone, or
	 * ({@code onlyUnassigned}) those without one.
	 */
	int assignVillages(List<String> villages, long liaisonId, String liaisonName, boolean onlyUnassigned) {
		return this.jdbc.sql("""
				update contact.follow set liaison_id = :liaison, liaison_name = :name
				where region_code = any(cast(:villages as text[]))
				  and liaison_id is distinct from :liaison
				  and (not :onlyUnassigned or liaison_id is null)
				""")
			.param("villages", villages.toArray(String[]::new))
			.param("liaison", liaisonId)
			.param("name", liaisonName)
			.param("onlyUnassigned", onlyUnassigned)
			.update();
	}

	/**
	 * Moves a liaison's people inside {@code region} (the caller's scope, and the area
	 * the new liaison serves) to another liaison, or to none.
	 */
	int handOver(long fromLiaisonId, RegionScope region, @Nullable Long toLiaisonId, @Nullable String toName) {
		return this.jdbc.sql("""
				update contact.follow set liaison_id = :to, liaison_name = :name
				where liaison_id = :from and region_code between :lo and :hi
				""")
			.param("from", fromLiaisonId)
			.param("to", toLiaisonId)
			.param("name", toName)
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.update();
	}

	/** Lets a liaison's people go outside {@code keep} (after they moved station). */
	int releaseOutside(long liaisonId, RegionScope keep) {
		return this.jdbc.sql("""
				update contact.follow set liaison_id = null, liaison_name = null
				where liaison_id = :liaison and not (region_code between :lo and :hi)
				""").param("liaison", liaisonId).param("lo", keep.lowerBound()).param("hi", keep.upperBound()).update();
	}

	long countOfLiaison(long liaisonId, RegionScope region) {
		return this.jdbc
			.sql("select count(*) from contact.follow where liaison_id = :liaison and region_code between :lo and :hi")
			.param("liaison", liaisonId)
			.param("lo", region.lowerBound())
			.param("hi", region.upperBound())
			.query(Long.class)
			.single();
	}

	/**
	 * Two files became one: the merged file's history moves to the survivor, whose row
	 * takes the later of the two last contacts.
	 */
	void merge(long survivorId, long mergedId) {
		this.jdbc.sql("update contact.contact_record set veteran_id = :survivor where veteran_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		this.jdbc.sql("""
				update contact.follow s
				set last_contact_on = m.last_contact_on, last_channel = m.last_channel, last_mood = m.last_mood,
				    unreachable = m.unreachable,
				    due_on = cast(m.last_contact_on + make_interval(months => s.interval_months) as date)
				from contact.follow m
				where s.veteran_id = :survivor and m.veteran_id = :merged and m.last_contact_on is not null
				  and (s.last_contact_on is null or s.last_contact_on < m.last_contact_on)
				""").param("survivor", survivorId).param("merged", mergedId).update();
		this.jdbc.sql("delete from contact.follow where veteran_id = :merged").param("merged", mergedId).update();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static FollowedPerson person(ResultSet rs) throws SQLException {
		String channel = rs.getString("last_channel");
		String mood = rs.getString("last_mood");
		return new FollowedPerson(rs.getLong("veteran_id"), rs.getString("person_name"), rs.getString("region_code"),
				rs.getString("region_code"), rs.getBoolean("household"),
				ContactGroup.valueOf(rs.getString("contact_group")), rs.getInt("interval_months"),
				rs.getObject("liaison_id", Long.class), rs.getString("liaison_name"),
				rs.getObject("followed_since", LocalDate.class), rs.getObject("last_contact_on", LocalDate.class),
				(channel != null) ? ContactChannel.valueOf(channel) : null, (mood != null) ? Mood.valueOf(mood) : null,
				rs.getObject("due_on", LocalDate.class), rs.getLong("days_left"), rs.getBoolean("unreachable"));
	}

}
