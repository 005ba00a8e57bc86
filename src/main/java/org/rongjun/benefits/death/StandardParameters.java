package org.rongjun.benefits.death;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.rongjun.shared.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated parameters of the 一次性抚恤金 formula (抚恤条例 Art 15 ¶2). Entering one completes
 * every recorded death whose lump sum was waiting for it.
 */
@Service
@Transactional
public class StandardParameters {

	private final JdbcClient jdbc;

	private final VeteranDeaths deaths;

	StandardParameters(JdbcClient jdbc, VeteranDeaths deaths) {
		this.jdbc = jdbc;
		this.deaths = deaths;
	}

	@Transactional(readOnly = true)
	public List<StandardParameter> list() {
		return this.jdbc.sql("""
				select id, code, effective_from, value_fen, source, entered_by from benefits.standard_parameter
				order by code, effective_from desc
				""")
			.query((rs, n) -> new StandardParameter(rs.getLong("id"), rs.getString("code"),
					rs.getObject("effective_from", LocalDate.class), rs.getLong("value_fen"), rs.getString("source"),
					rs.getString("entered_by")))
			.list();
	}

	public StandardParameter enter(StandardParameterDraft draft, String username) {
		if (StandardParameter.INCOME.equals(draft.code())
				&& !MonthDay.from(draft.effectiveFrom()).equals(MonthDay.of(1, 1))) {
			throw ProblemException.invalidField("effectiveFrom", "全国城镇居民人均可支配收入按年度公布，生效日期应为统计年度的1月1日");
		}
		Long id = this.jdbc.sql("""
				insert into benefits.standard_parameter (code, effective_from, value_fen, source, entered_by)
				values (:code, :from, :value, :source, :by)
				on conflict (code, effective_from) do nothing
				returning id
				""")
			.param("code", draft.code())
			.param("from", draft.effectiveFrom())
			.param("value", draft.valueFen())
			.param("source", draft.source().strip())
			.param("by", username)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> ProblemException.conflict("该参数在此生效日期已有数值"));
		this.deaths.completeWaitingLumpSums();
		return new StandardParameter(id, draft.code(), draft.effectiveFrom(), draft.valueFen(), draft.source().strip(),
				username);
	}

}
