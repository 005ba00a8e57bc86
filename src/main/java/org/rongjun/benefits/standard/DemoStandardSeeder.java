package org.rongjun.benefits.standard;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Approved demo standards so that a run can be prepared on 嘉善县 at once. Amounts are yuan
 * per year from the source cited on each row; where no Zhejiang figure was found, a
 * figure from another source is marked 演示值.
 */
@Component
@Order(40)
@ConditionalOnDemoData
class DemoStandardSeeder implements ApplicationRunner {

	private record Row(String type, String category, int grade, String cause, String region, String component,
			String from, @Nullable Long annualYuan, @Nullable Integer percent, @Nullable Long indicatorYuan,
			String basis) {
	}

	static final String NATIONAL = "000000000000";

	static final String JIASHAN = "330421000000";

	private static final List<Row> ROWS = List.of(
			// The national 残疾抚恤金 table in force 2022-08-01 (secondary: ctrod.com), and
			// the
			// 2023-08-01 figure confirmed by the Fujian notice (一级因战 124,410).
			new Row("DISABILITY_PENSION", "11", 1, "COMBAT", NATIONAL, "BASE", "2022-08-01", 116_270L, null, null,
					"残疾抚恤金 一级因战（国家标准 2022）"),
			new Row("DISABILITY_PENSION", "11", 1, "COMBAT", NATIONAL, "BASE", "2023-08-01", 124_410L, null, null,
					"残疾抚恤金 一级因战（国家标准 2023）"),
			new Row("DISABILITY_PENSION", "11", 4, "DUTY", NATIONAL, "BASE", "2022-08-01", 67_680L, null, null,
					"残疾抚恤金 四级因公（国家标准 2022）"),
			new Row("DISABILITY_PENSION", "11", 6, "ILLNESS", NATIONAL, "BASE", "2022-08-01", 36_230L, null, null,
					"残疾抚恤金 六级因病（国家标准 2022）"),
			new Row("DISABILITY_PENSION", "11", 8, "COMBAT", NATIONAL, "BASE", "2022-08-01", 21_960L, null, null,
					"残疾抚恤金 八级因战（国家标准 2022）"),
			// 护理费 (抚恤条例 Art 34): 因战 1–2级 50% of the local monthly average wage; the wage
			// is a demo figure (演示值), not a published Jiashan statistic.
			new Row("DISABILITY_PENSION", "11", 1, "COMBAT", JIASHAN, "NURSING", "2022-08-01", null, 50, 10_000L,
					"护理费 50%×当地上年度城镇单位就业人员月平均工资（演示值）"),
			// National 三属 standards from 2018-08-01 (secondary source: a 110ask.com
			// answer).
			new Row("SURVIVOR_PENSION", "21", 0, "", NATIONAL, "BASE", "2018-08-01", 25_440L, null, null,
					"烈属定期抚恤金（国家标准 2018）"),
			new Row("SURVIVOR_PENSION", "23", 0, "", NATIONAL, "BASE", "2018-08-01", 20_550L, null, null,
					"病故军人遗属定期抚恤金（国家标准 2018）"),
			// Fujian 2023 figures (福建省退役军人事务厅 notice, 2023-10-25) as 演示值 for the demo
			// county.
			new Row("LIVING_SUBSIDY", "41", 0, "", JIASHAN, "BASE", "2023-08-01", 24_240L, null, null,
					"在乡复员军人定期定量补助（演示值，参照福建2023）"),
			new Row("LIVING_SUBSIDY", "42", 0, "", JIASHAN, "BASE", "2023-08-01", 9_690L, null, null,
					"带病回乡退伍军人生活补助（演示值，参照福建2023）"),
			new Row("LIVING_SUBSIDY", "51", 0, "", JIASHAN, "BASE", "2023-08-01", 11_220L, null, null,
					"参战退役人员生活补助（演示值，参照福建2023）"),
			// 688 元 per year of 义务兵役 (Fujian 2023), two years assumed for the demo.
			new Row("LIVING_SUBSIDY", "81", 0, "", JIASHAN, "BASE", "2023-08-01", 1_376L, null, null,
					"60周岁以上农村籍退役士兵 688元×2年（演示值，参照福建2023）"));

	private final JdbcClient jdbc;

	DemoStandardSeeder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from benefits.benefit_standard)").query(Boolean.class).single()) {
			return;
		}
		for (Row row : ROWS) {
			Long annualFen = (row.annualYuan() != null) ? row.annualYuan() * 100 : null;
			long monthly = (annualFen != null) ? Math.round(annualFen / 12.0)
					: Math.round(row.percent() * row.indicatorYuan() * 100 / 100.0);
			this.jdbc
				.sql("""
						insert into benefits.benefit_standard (benefit_type, category, disability_grade, disability_cause,
						    region_code, component, effective_from, annual_fen, percent, indicator_fen, indicator_name,
						    monthly_fen, basis, status, created_by, decided_by, decided_at)
						values (:type, :category, :grade, :cause, :region, :component, cast(:from as date), :annual, :percent,
						    :indicator, :indicatorName, :monthly, :basis, 'APPROVED', 'demo.maker', 'demo.checker', now())
						""")
				.param("type", row.type())
				.param("category", row.category())
				.param("grade", row.grade())
				.param("cause", row.cause())
				.param("region", row.region())
				.param("component", row.component())
				.param("from", row.from())
				.param("annual", annualFen)
				.param("percent", row.percent())
				.param("indicator", (row.indicatorYuan() != null) ? row.indicatorYuan() * 100 : null)
				.param("indicatorName", (row.indicatorYuan() != null) ? "当地上年度城镇单位就业人员月平均工资（演示值）" : null)
				.param("monthly", monthly)
				.param("basis", row.basis())
				.update();
		}
	}

}
