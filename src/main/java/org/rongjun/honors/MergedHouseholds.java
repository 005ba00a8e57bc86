package org.rongjun.honors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rongjun.registry.VeteransMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Two files of one person became one (ADR 0015). Plaque households that counted the
 * retired file count the survivor. A file without an address is a household of its own
 * ({@code V:<file id>}, ADR 0013): the retired file's household becomes the survivor's,
 * or, when the survivor has one too, the two become one with both histories, and of two
 * plaques in use the one on the wall stays and the other is taken back (one household,
 * one plaque: 国办发〔2018〕72号 Art 2). Hearing the event twice moves nothing twice.
 */
@Component
class MergedHouseholds {

	static final String REVOKED_BY = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	MergedHouseholds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = "honors.merged-households.veterans-merged")
	void on(VeteransMerged event) {
		this.jdbc.sql("""
				update honors.plaque_household
				set veteran_ids = array(select distinct v from unnest(array_replace(veteran_ids, :merged, :survivor)) v
				                        order by v)
				where veteran_ids @> array[cast(:merged as bigint)]
				""").param("survivor", event.survivorId()).param("merged", event.mergedId()).update();
		Optional<Long> retired = household("V:" + event.mergedId());
		if (retired.isEmpty()) {
			return;
		}
		Optional<Long> own = household("V:" + event.survivorId());
		if (own.isEmpty()) {
			this.jdbc.sql("update honors.plaque_household set household_key = :key where id = :id")
				.param("key", "V:" + event.survivorId())
				.param("id", retired.get())
				.update();
			return;
		}
		joinHouseholds(own.get(), retired.get());
	}

	private void joinHouseholds(long own, long retired) {
		List<LivePlaque> live = this.jdbc.sql("""
				select id, household_id, status from honors.glory_plaque
				where household_id in (:own, :retired) and status in ('ISSUED', 'HUNG')
				""")
			.param("own", own)
			.param("retired", retired)
			.query((rs, row) -> new LivePlaque(rs.getLong("id"), rs.getLong("household_id"), rs.getString("status")))
			.list();
		if (live.size() == 2) {
			LivePlaque kept = live.stream()
				.max(Comparator.comparing((LivePlaque p) -> "HUNG".equals(p.status()))
					.thenComparing((p) -> p.householdId() == own))
				.orElseThrow();
			LivePlaque other = live.stream().filter((p) -> p.id() != kept.id()).findFirst().orElseThrow();
			this.jdbc.sql("""
					update honors.glory_plaque set status = 'REVOKED', revoked_on = :on, revoke_reason = 'OTHER',
					    remark = :remark, updated_by = :by, updated_at = now()
					where id = :id and status in ('ISSUED', 'HUNG')
					""")
				.param("on", LocalDate.now(this.clock))
				.param("remark", "重复档案合并：同一户只悬挂一块光荣牌（国办发〔2018〕72号第二条），保留光荣牌#" + kept.id() + "，本块收回")
				.param("by", REVOKED_BY)
				.param("id", other.id())
				.update();
		}
		this.jdbc.sql("update honors.glory_plaque set household_id = :own where household_id = :retired")
			.param("own", own)
			.param("retired", retired)
			.update();
		this.jdbc.sql("update honors.recruit set household_id = :own where household_id = :retired")
			.param("own", own)
			.param("retired", retired)
			.update();
		this.jdbc.sql("""
				update honors.plaque_household s
				set bases = array(select distinct b from unnest(s.bases || m.bases) b order by b),
				    veteran_ids = array(select distinct v from unnest(s.veteran_ids || m.veteran_ids) v order by v),
				    conscript_family = s.conscript_family or m.conscript_family,
				    revoked = s.revoked or m.revoked
				from honors.plaque_household m
				where s.id = :own and m.id = :retired
				""").param("own", own).param("retired", retired).update();
		this.jdbc.sql("delete from honors.plaque_household where id = :retired").param("retired", retired).update();
	}

	private Optional<Long> household(String key) {
		return this.jdbc.sql("select id from honors.plaque_household where household_key = :key")
			.param("key", key)
			.query(Long.class)
			.optional();
	}

	private record LivePlaque(long id, long householdId, String status) {
	}

}
