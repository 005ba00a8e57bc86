package org.rongjun.registry.lifeevents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.PageResult;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminder queue is computed, not stored: each kind is a birth-date range on the
 * b-tree indexes of veterans and family members, inside the caller's scope, minus what
 * was marked handled.
 */
@Repository
class ReminderRepository {

	/** Survivors' entitlements (CAM 21 烈士, 22 因公牺牲, 23 病故) still held by the child. */
	private static final String SURVIVOR_CHILD = """
			select '%1$s' as kind, f.id as person_id, f.veteran_id, f.name, f.birth_date,
			       v.household_region_code as region_code,
			       cast(f.birth_date + make_interval(years => %2$d) as date) as threshold_date
			from registry.family_member f join registry.veteran v on v.id = f.veteran_id
			where v.household_region_code between :lo and :hi
			  and f.birth_date <= :hi_%1$s
			  and f.relationship in ('20', '30') and f.death_date is null
			  and exists (select 1 from registry.beneficiary b where b.family_member_id = f.id
			              and b.category in ('21', '22', '23')
			              and b.status in ('ACCEPTED', 'RECEIVING', 'SUSPENDED', 'PAUSED'))
			  and not exists (select 1 from registry.reminder_handled h
			                  where h.kind = '%1$s' and h.person_type = 'FAMILY_MEMBER' and h.person_id = f.id)
			""";

	private static final String VETERAN = """
			select '%1$s' as kind, v.id as person_id, v.id as veteran_id, v.name, v.birth_date,
			       v.household_region_code as region_code,
			       cast(v.birth_date + make_interval(years => %2$d) as date) as threshold_date
			from registry.veteran v
			where v.household_region_code between :lo and :hi
			  and v.birth_date between :lo_%1$s and :hi_%1$s
			  and v.death_date is null and v.merged_into_id is null
			  and not exists (select 1 from registry.reminder_handled h
			                  where h.kind = '%1$s' and h.person_type = 'VETERAN' and h.person_id = v.id)
			""";

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reminders whose day falls before {@code until}: for survivors' children however
	 * long ago, as long as they still hold the entitlement (payments depend on the
	 * check); for veterans not before {@code veteransSince} (someone registered at 70 is
	 * not "reaching 60").
	 */
	PageResult<Reminder> due(List<ReminderKind> kinds, RegionScope scope, LocalDate today, LocalDate until,
			LocalDate veteransSince, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("lo", scope.lowerBound());
		params.put("hi", scope.upperBound());
		List<String> parts = new ArrayList<>();
		for (ReminderKind kind : kinds) {
			params.put("hi_" + kind.name(), until.minusYears(kind.age()));
			if (kind.personType() == ReminderKind.PersonType.VETERAN) {
				params.put("lo_" + kind.name(), veteransSince.minusYears(kind.age()));
				parts.add(VETERAN.formatted(kind.name(), kind.age()));
			}
			else {
				parts.add(SURVIVOR_CHILD.formatted(kind.name(), kind.age()));
			}
		}
		String union = String.join(" union all ", parts);
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("limit", page.size());
		pageParams.put("offset", page.offset());
		List<Reminder> items = this.jdbc
			.sql("select * from (" + union + ") r order by r.threshold_date, r.kind, r.person_id"
					+ " limit :limit offset :offset")
			.params(pageParams)
			.query((rs, row) -> {
				ReminderKind kind = ReminderKind.valueOf(rs.getString("kind"));
				LocalDate birth = rs.getObject("birth_date", LocalDate.class);
				LocalDate threshold = rs.getObject("threshold_date", LocalDate.class);
				return new Reminder(kind, kind.camCode(), kind.label(), kind.personType(), rs.getLong("person_id"),
						rs.getLong("veteran_id"), rs.getString("name"), birth, rs.getString("region_code"), threshold,
						ChronoUnit.DAYS.between(today, threshold));
			})
			.list();
		long total = this.jdbc.sql("select count(*) from (" + union + ") r").params(params).query(Long.class).single();
		return page.result(items, total);
	}

	boolean personInScope(ReminderKind.PersonType type, long id, RegionScope scope) {
		String sql = (type == ReminderKind.PersonType.VETERAN) ? """
				select exists (select 1 from registry.veteran v
				               where v.id = :id and v.household_region_code between :lo and :hi
				                 and v.merged_into_id is null)
				""" : """
				select exists (select 1 from registry.family_member f join registry.veteran v on v.id = f.veteran_id
				               where f.id = :id and v.household_region_code between :lo and :hi)
				""";
		return this.jdbc.sql(sql)
			.param("id", id)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.query(Boolean.class)
			.single();
	}

	/** False when it was already marked handled. */
	boolean markHandled(ReminderKind kind, long personId, @Nullable String note, String username) {
		return this.jdbc.sql("""
				insert into registry.reminder_handled (kind, person_type, person_id, note, handled_by)
				values (:kind, :type, :id, :note, :by)
				on conflict (kind, person_type, person_id) do nothing
				""")
			.param("kind", kind.name())
			.param("type", kind.personType().name())
			.param("id", personId)
			.param("note", note)
			.param("by", username)
			.update() == 1;
	}

}
