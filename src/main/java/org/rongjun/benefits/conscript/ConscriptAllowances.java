package org.rongjun.benefits.conscript;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.MeritAward;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 义务兵家庭优待金: county standards per year (approved by a second person), the county's
 * conscripts, and the yearly run that computes every conscript family's allowance once
 * (primary key conscript × year) with the formula on each row.
 */
@Service
@Transactional
public class ConscriptAllowances {

	private final JdbcClient jdbc;

	ConscriptAllowances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long enterStandard(ConscriptAllowanceDraft draft, RegionScope scope, String username) {
		String county = draft.countyCode().strip();
		if (!county.matches("[1-9]\\d{5}000000") || !scope.contains(county)) {
			throw ProblemException.invalidField("countyCode", "请选择您数据范围内的县级区划");
		}
		return this.jdbc
			.sql("""
					insert into benefits.conscript_allowance_standard (county_code, year, indicator_name, indicator_fen, percent,
					    tibet_multiplier, xinjiang_multiplier, plateau_multiplier, student_uplift, college_uplift,
					    bachelor_uplift, outstanding_uplift, third_class_uplift, second_class_uplift, first_class_uplift,
					    honor_title_uplift, august_first_medal_uplift, basis, status, created_by)
					values (:county, :year, :indicatorName, :indicator, :percent, :tibet, :xinjiang, :plateau, :student,
					    :college, :bachelor, :outstanding, :third, :second, :first, :honor, :medal, :basis, 'DRAFT', :by)
					returning id
					""")
			.param("county", county)
			.param("year", draft.year())
			.param("indicatorName", draft.indicatorName().strip())
			.param("indicator", draft.indicatorFen())
			.param("percent", draft.percent())
			.param("tibet", one(draft.tibetMultiplier()))
			.param("xinjiang", one(draft.xinjiangMultiplier()))
			.param("plateau", one(draft.plateauMultiplier()))
			.param("student", zero(draft.studentUplift()))
			.param("college", zero(draft.collegeUplift()))
			.param("bachelor", zero(draft.bachelorUplift()))
			.param("outstanding", zero(draft.outstandingUplift()))
			.param("third", zero(draft.thirdClassUplift()))
			.param("second", zero(draft.secondClassUplift()))
			.param("first", zero(draft.firstClassUplift()))
			.param("honor", zero(draft.honorTitleUplift()))
			.param("medal", zero(draft.augustFirstMedalUplift()))
			.param("basis", draft.basis().strip())
			.param("by", username)
			.query(Long.class)
			.single();
	}

	/** Two-person rule: the author cannot approve. */
	public void approveStandard(long id, RegionScope scope, String username) {
		Map<String, Object> row = this.jdbc
			.sql("select county_code, created_by, status from benefits.conscript_allowance_standard where id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.filter((found) -> scope.contains((String) found.get("county_code")))
			.orElseThrow(() -> ProblemException.notFound("标准不存在或不在您的数据范围内"));
		if (username.equals(row.get("created_by"))) {
			throw ProblemException.samePerson("不能审核自己录入的标准：标准须由录入人以外的人员审核后生效");
		}
		try {
			int updated = this.jdbc
				.sql("""
						update benefits.conscript_allowance_standard set status = 'APPROVED', decided_by = :by, decided_at = now()
						where id = :id and status = 'DRAFT'
						""")
				.param("by", username)
				.param("id", id)
				.update();
			if (updated == 0) {
				throw ProblemException.conflict("该标准已审核");
			}
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw ProblemException.conflict("该县该年度已有生效的优待金标准");
		}
	}

	public long registerConscript(ConscriptDraft draft, RegionScope scope, String username) {
		String region = draft.regionCode().strip();
		if (!RegionCode.isValid(region) || !scope.contains(region)) {
			throw ProblemException.outOfScope("批准入伍地不在您的数据范围内");
		}
		return this.jdbc.sql("""
				insert into benefits.conscript (name, region_code, enlisted_on, discharged_on, service_area, education,
				                                merit, family_contact, created_by)
				values (:name, :region, :enlisted, :discharged, :area, :education, :merit, :contact, :by) returning id
				""")
			.param("name", draft.name().strip())
			.param("region", region)
			.param("enlisted", draft.enlistedOn())
			.param("discharged", draft.dischargedOn())
			.param("area", draft.serviceArea().name())
			.param("education", draft.education().name())
			.param("merit", (draft.merit() != null) ? draft.merit().name() : null)
			.param("contact", draft.familyContact())
			.param("by", username)
			.query(Long.class)
			.single();
	}

	/**
	 * The yearly run for a county: every conscript serving in {@code year} gets one row
	 * (again running the year adds only the conscripts registered since).
	 */
	public List<ConscriptAllowanceLine> runYear(String countyCode, int year, RegionScope scope, String username) {
		if (!scope.contains(countyCode)) {
			throw ProblemException.outOfScope("县级区划不在您的数据范围内");
		}
		StandardRow standard = this.jdbc.sql("""
				select * from benefits.conscript_allowance_standard
				where county_code = :county and year = :year and status = 'APPROVED'
				""")
			.param("county", countyCode)
			.param("year", year)
			.query(this::standard)
			.optional()
			.orElseThrow(() -> ProblemException.conflict(year + "年度该县没有已审核的义务兵家庭优待金标准"));
		RegionScope county = RegionScope.of(RegionCode.of(countyCode));
		List<Map<String, Object>> conscripts = this.jdbc
			.sql("""
					select id, region_code, service_area, education, merit from benefits.conscript c
					where region_code between :lo and :hi
					  and enlisted_on <= make_date(:year, 12, 31)
					  and (discharged_on is null or discharged_on >= make_date(:year, 1, 1))
					  and not exists (select 1 from benefits.conscript_allowance_line l where l.conscript_id = c.id and l.year = :year)
					order by id
					""")
			.param("lo", county.lowerBound())
			.param("hi", county.upperBound())
			.param("year", year)
			.query()
			.listOfRows();
		for (Map<String, Object> conscript : conscripts) {
			ConscriptAllowanceStandard.ConscriptAllowance allowance = standard.formula()
				.allowanceFor(ServiceArea.valueOf((String) conscript.get("service_area")),
						EducationLevel.valueOf((String) conscript.get("education")),
						(conscript.get("merit") != null) ? MeritAward.valueOf((String) conscript.get("merit")) : null);
			this.jdbc
				.sql("""
						insert into benefits.conscript_allowance_line (conscript_id, year, standard_id, region_code, amount_fen,
						                                               explanation, created_by)
						values (:conscript, :year, :standard, :region, :amount, :explanation, :by)
						on conflict do nothing
						""")
				.param("conscript", conscript.get("id"))
				.param("year", year)
				.param("standard", standard.id())
				.param("region", conscript.get("region_code"))
				.param("amount", allowance.amountFen())
				.param("explanation", allowance.explanation())
				.param("by", username)
				.update();
		}
		return roster(countyCode, year, scope);
	}

	@Transactional(readOnly = true)
	public List<ConscriptAllowanceLine> roster(String countyCode, int year, RegionScope scope) {
		RegionScope county = RegionScope.of(RegionCode.of(countyCode));
		return this.jdbc.sql("""
				select l.conscript_id, c.name, l.region_code, l.year, l.standard_id, l.amount_fen, l.explanation
				from benefits.conscript_allowance_line l join benefits.conscript c on c.id = l.conscript_id
				where l.year = :year and l.region_code between :lo and :hi
				  and l.region_code between :slo and :shi
				order by l.conscript_id
				""")
			.param("year", year)
			.param("lo", county.lowerBound())
			.param("hi", county.upperBound())
			.param("slo", scope.lowerBound())
			.param("shi", scope.upperBound())
			.query((rs, n) -> new ConscriptAllowanceLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getLong(5), rs.getLong(6), rs.getString(7)))
			.list();
	}

	private StandardRow standard(ResultSet rs, int row) throws SQLException {
		Map<ServiceArea, BigDecimal> areas = new EnumMap<>(ServiceArea.class);
		areas.put(ServiceArea.TIBET, rs.getBigDecimal("tibet_multiplier"));
		areas.put(ServiceArea.XINJIANG, rs.getBigDecimal("xinjiang_multiplier"));
		areas.put(ServiceArea.PLATEAU, rs.getBigDecimal("plateau_multiplier"));
		Map<EducationLevel, BigDecimal> education = new EnumMap<>(EducationLevel.class);
		education.put(EducationLevel.STUDENT, rs.getBigDecimal("student_uplift"));
		education.put(EducationLevel.COLLEGE, rs.getBigDecimal("college_uplift"));
		education.put(EducationLevel.BACHELOR, rs.getBigDecimal("bachelor_uplift"));
		Map<MeritAward, BigDecimal> merit = new EnumMap<>(MeritAward.class);
		merit.put(MeritAward.OUTSTANDING_SOLDIER, rs.getBigDecimal("outstanding_uplift"));
		merit.put(MeritAward.THIRD_CLASS_MERIT, rs.getBigDecimal("third_class_uplift"));
		merit.put(MeritAward.SECOND_CLASS_MERIT, rs.getBigDecimal("second_class_uplift"));
		merit.put(MeritAward.FIRST_CLASS_MERIT, rs.getBigDecimal("first_class_uplift"));
		merit.put(MeritAward.HONORARY_TITLE, rs.getBigDecimal("honor_title_uplift"));
		merit.put(MeritAward.AUGUST_FIRST_MEDAL, rs.getBigDecimal("august_first_medal_uplift"));
		return new StandardRow(rs.getLong("id"),
				new ConscriptAllowanceStandard(rs.getString("county_code"), rs.getInt("year"),
						rs.getString("indicator_name"), rs.getLong("indicator_fen"), rs.getBigDecimal("percent"), areas,
						education, merit));
	}

	private static BigDecimal one(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ONE;
	}

	private static BigDecimal zero(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private record StandardRow(long id, ConscriptAllowanceStandard formula) {
	}

}
