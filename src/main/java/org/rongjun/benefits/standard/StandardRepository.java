package org.rongjun.benefits.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StandardRepository {

	private static final String SELECT = """
			select id, benefit_type, category, disability_grade, disability_cause, household_type, region_code,
			       component, effective_from, annual_fen, percent, indicator_fen, indicator_name, monthly_fen, basis,
			       status, created_by, created_at, decided_by, decided_at
			from benefits.benefit_standard
			""";

	private final JdbcClient jdbc;

	StandardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(StandardDraft draft, String grade, String cause, String household, String component, long monthly,
			String username) {
		return this.jdbc.sql("""
				insert into benefits.benefit_standard (benefit_type, category, disability_grade, disability_cause,
				    household_type, region_code, component, effective_from, annual_fen, percent, indicator_fen,
				    indicator_name, monthly_fen, basis, status, created_by)
				values (:type, :category, :grade, :cause, :household, :region, :component, :from, :annual, :percent,
				    :indicator, :indicatorName, :monthly, :basis, 'DRAFT', :by)
				returning id
				""")
			.param("type", draft.benefitType().name())
			.param("category", draft.category().strip())
			.param("grade", Integer.parseInt(grade))
			.param("cause", cause)
			.param("household", household)
			.param("region", draft.regionCode().strip())
			.param("component", component)
			.param("from", draft.effectiveFrom().withDayOfMonth(1))
			.param("annual", draft.annualFen())
			.param("percent", draft.percent())
			.param("indicator", draft.indicatorFen())
			.param("indicatorName", draft.indicatorName())
			.param("monthly", monthly)
			.param("basis", draft.basis().strip())
			.param("by", username)
			.query(Long.class)
			.single();
	}

	Optional<BenefitStandard> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
	}

	/** Decides a draft; false when it was decided already (a concurrent decision won). */
	boolean decide(long id, StandardStatus status, String username) {
		return this.jdbc.sql("""
				update benefits.benefit_standard set status = :status, decided_by = :by, decided_at = now()
				where id = :id and status = 'DRAFT'
				""").param("status", status.name()).param("by", username).param("id", id).update() == 1;
	}

	/**
	 * Standards set inside {@code scope} or at one of the {@code levelsAbove} it (never
	 * empty: national is always one).
	 */
	List<BenefitStandard> list(RegionScope scope, List<String> levelsAbove, @Nullable BenefitType type,
			@Nullable StandardStatus status, @Nullable String regionPrefix) {
		return this.jdbc.sql(SELECT + """
				where (region_code between :lo and :hi or region_code in (:above))
				  and (cast(:type as text) is null or benefit_type = :type)
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:region as text) is null or region_code = :region)
				order by benefit_type, category, disability_grade, disability_cause, region_code, component,
				         effective_from desc, id desc
				limit 1000
				""")
			.param("type", (type != null) ? type.name() : null)
			.param("status", (status != null) ? status.name() : null)
			.param("region", regionPrefix)
			.param("lo", scope.lowerBound())
			.param("hi", scope.upperBound())
			.param("above", levelsAbove)
			.query(this::map)
			.list();
	}

	private BenefitStandard map(ResultSet rs, int row) throws SQLException {
		return new BenefitStandard(rs.getLong("id"), BenefitType.valueOf(rs.getString("benefit_type")),
				rs.getString("category"), rs.getInt("disability_grade"), rs.getString("disability_cause"),
				rs.getString("household_type"), rs.getString("region_code"), rs.getString("component"),
				rs.getObject("effective_from", java.time.LocalDate.class), rs.getObject("annual_fen", Long.class),
				rs.getBigDecimal("percent"), rs.getObject("indicator_fen", Long.class), rs.getString("indicator_name"),
				rs.getLong("monthly_fen"), rs.getString("basis"), StandardStatus.valueOf(rs.getString("status")),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("decided_by"),
				(rs.getTimestamp("decided_at") != null) ? rs.getTimestamp("decided_at").toInstant() : null);
	}

}
