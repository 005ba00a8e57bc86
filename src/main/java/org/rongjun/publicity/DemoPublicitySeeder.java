package org.rongjun.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Two published policy articles of the demo county. */
@Component
@Order(50)
@ConditionalOnDemoData
class DemoPublicitySeeder implements ApplicationRunner {

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421000000"));

	private final PolicyArticles articles;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoPublicitySeeder(PolicyArticles articles, JdbcClient jdbc, Clock clock) {
		this.articles = articles;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from publicity.policy_article").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		PolicyArticle first = this.articles
			.create(new ArticleDraft("《军人抚恤优待条例》2024年修订要点", "新条例2024年10月1日起施行，抚恤优待标准和办理流程有调整，详见县退役军人事务局门户。",
					"《军人抚恤优待条例》经国务院、中央军委修订，自2024年10月1日起施行。条例明确了抚恤优待对象范围，"
							+ "规范了死亡抚恤、残疾抚恤和优待的标准与程序。符合条件的对象可到户籍所在地镇（街道）退役军人服务站咨询办理。",
					Set.of(PublicationChannel.PORTAL, PublicationChannel.WECHAT, PublicationChannel.SMS),
					today.minusDays(10), null), COUNTY, "demo");
		this.articles.publish(first.id(), COUNTY, "demo");
		PolicyArticle second = this.articles.create(new ArticleDraft("光荣牌悬挂工作有关政策解读", null,
				"根据《为烈属、军属和退役军人等家庭悬挂光荣牌工作实施办法》（国办发〔2018〕72号），为烈士遗属、因公牺牲军人遗属、"
						+ "病故军人遗属家庭和现役军人家庭、退役军人家庭悬挂光荣牌。同时具备两个以上条件的家庭只悬挂一块。",
				Set.of(PublicationChannel.PORTAL), today.minusDays(3), null), COUNTY, "demo");
		this.articles.publish(second.id(), COUNTY, "demo");
	}

}
