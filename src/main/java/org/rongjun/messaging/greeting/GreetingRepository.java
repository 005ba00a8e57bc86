package org.rongjun.messaging.greeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.rongjun.registry.Anniversary;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.rongjun.messaging.channel.Channel;

@Repository
class GreetingRepository {

	private static final String SELECT = """
			select id, kind, scope_code, template_id, channels, send_time, enabled, updated_by, updated_at
			from messaging.greeting_setting
			""";

	private final JdbcClient jdbc;

	GreetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GreetingSetting> list(RegionScope scope) {
		String[] above = scope.root()
			.map((root) -> root.ancestors().stream().map(RegionCode::value).toArray(String[]::new))
			.orElse(new String[0]);
		return this.jdbc
			.sql(SELECT + " where scope_code between :lo and :hi or scope_code = any(:above) order by scope_code, kind")
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("above", above)
			.query((rs, row) -> map(rs))
			.list();
	}

	List<GreetingSetting> enabled() {
		return this.jdbc.sql(SELECT + " where enabled order by id").query((rs, row) -> map(rs)).list();
	}

	void save(Anniversary kind, String scopeCode, GreetingSettingDraft draft, String username) {
		this.jdbc
			.sql("""
					insert into messaging.greeting_setting (kind, scope_code, template_id, channels, send_time, enabled, updated_by)
					values (:kind, :scope, :template, string_to_array(:channels, ','), :sendTime, :enabled, :by)
					on conflict (kind, scope_code) do update
					set template_id = excluded.template_id, channels = excluded.channels, send_time = excluded.send_time,
					    enabled = excluded.enabled, updated_by = excluded.updated_by, updated_at = now()
					""")
			.param("kind", kind.name())
			.param("scope", scopeCode)
			.param("template", draft.templateId())
			.param("channels", String.join(",", draft.channels().stream().map(Channel::name).toList()))
			.param("sendTime", (draft.sendTime() != null) ? draft.sendTime() : LocalTime.of(9, 0))
			.param("enabled", draft.enabled())
			.param("by", username)
			.update();
	}

	/**
	 * Records that {@code setting} greets on {@code day} with {@code campaignId}; false
	 * when that day's campaign exists already (another run or node was first).
	 */
	boolean recordRun(long setting, LocalDate day, long campaignId) {
		return this.jdbc.sql("""
				insert into messaging.greeting_run (setting_id, day, campaign_id) values (:setting, :day, :campaign)
				on conflict do nothing
				""").param("setting", setting).param("day", day).param("campaign", campaignId).update() == 1;
	}

	boolean ran(long setting, LocalDate day) {
		return this.jdbc
			.sql("select exists (select 1 from messaging.greeting_run where setting_id = :setting and day = :day)")
			.param("setting", setting)
			.param("day", day)
			.query(Boolean.class)
			.single();
	}

	private static GreetingSetting map(ResultSet rs) throws SQLException {
		return new GreetingSetting(rs.getLong("id"), Anniversary.valueOf(rs.getString("kind")),
				rs.getString("scope_code"), rs.getLong("template_id"),
				Arrays.stream((String[]) rs.getArray("channels").getArray()).map(Channel::valueOf).toList(),
				rs.getObject("send_time", LocalTime.class), rs.getBoolean("enabled"), rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
