package org.rongjun.grants;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewPolicyRepository {

	private final JdbcClient jdbc;

	ReviewPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReviewPolicy find(String countyCode) {
		List<LevelSetting> stored = this.jdbc
			.sql("select level, enabled, cap_fen from grants.review_level_setting where county_code = :county")
			.param("county", countyCode)
			.query((rs, row) -> {
				long cap = rs.getLong("cap_fen");
				Long capFen = rs.wasNull() ? null : cap;
				return new LevelSetting(ReviewLevel.valueOf(rs.getString("level")), rs.getBoolean("enabled"), capFen);
			})
			.list();
		return ReviewPolicy.of(countyCode, stored);
	}

	void save(ReviewPolicy policy, String username) {
		for (LevelSetting setting : policy.levels()) {
			this.jdbc.sql("""
					insert into grants.review_level_setting (county_code, level, enabled, cap_fen, updated_by)
					values (:county, :level, :enabled, :cap, :by)
					on conflict (county_code, level) do update set enabled = excluded.enabled,
					    cap_fen = excluded.cap_fen, updated_by = excluded.updated_by, updated_at = now()
					""")
				.param("county", policy.countyCode())
				.param("level", setting.level().name())
				.param("enabled", setting.enabled())
				.param("cap", setting.capFen())
				.param("by", username)
				.update();
		}
	}

}
