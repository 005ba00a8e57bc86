package org.rongjun.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the demo county's petition desk on first start, through the module's services, so
 * a newcomer finds petitions in every state: just registered, due soon, overdue, being
 * handled with an extension waiting, answered, under 复查, closed, a transferred 12345
 * case, a group visit with representatives and a 检举 naming a township account.
 */
@Component
@Order(60)
@ConditionalOnDemoData
class DemoPetitionsSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPetitionsSeeder.class);

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421000000"));

	private static final String DESK = "county.staff";

	private static final String XIJIE = "330421103001";

	private static final String DAYUN = "330421102000";

	private final JdbcClient jdbc;

	private final Petitions petitions;

	private final PetitionDecisions decisions;

	private final PetitionAnswers answers;

	private final Clock clock;

	DemoPetitionsSeeder(JdbcClient jdbc, Petitions petitions, PetitionDecisions decisions, PetitionAnswers answers,
			Clock clock) {
		this.jdbc = jdbc;
		this.petitions = petitions;
		this.decisions = decisions;
		this.answers = answers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from petitions.petition").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		register(letter("陈立群", today.minusDays(2), PetitionClass.CLAIM, MatterCategory.BENEFITS, "反映伤残抚恤金调整后未按新标准发放"));
		register(letter("李建华", today.minusDays(12), PetitionClass.SUGGESTION, MatterCategory.HONORS,
				"建议在清明节前修缮本镇烈士纪念设施"));
		register(letter("王国庆", today.minusDays(30), PetitionClass.CLAIM, MatterCategory.MEDICAL, "反映退役后医疗保险接续未办理"));

		long handling = register(letter("张志强", today.minusDays(20), PetitionClass.CLAIM, MatterCategory.EMPLOYMENT,
				"反映自主就业退役士兵一次性经济补助未到位"));
		this.decisions.accept(handling, today.minusDays(18), "由县局就业创业股核实发放情况，60日内书面答复", COUNTY, DESK);

		long extended = register(letter("刘德胜", today.minusDays(50), PetitionClass.CLAIM, MatterCategory.RESETTLEMENT,
				"反映安置单位未按规定签订劳动合同"));
		this.decisions.accept(extended, today.minusDays(48), "由县局安置股协调安置单位核查", COUNTY, DESK);
		this.decisions.requestExtension(extended, 20, "需与市人社部门联合核查用工记录", today.minusDays(1), COUNTY, DESK);

		long answered = register(
				letter("赵红梅", today.minusDays(40), PetitionClass.CLAIM, MatterCategory.BENEFITS, "请求补发2025年度优待金"));
		this.decisions.accept(answered, today.minusDays(38), "由县局优抚股调查核实", COUNTY, DESK);
		this.answers.answer(answered, Stage.HANDLING,
				opinion(Opinion.SUPPORTED, today.minusDays(10), today.minusDays(8)), COUNTY, DESK);

		long inReview = register(
				letter("孙保国", today.minusDays(75), PetitionClass.CLAIM, MatterCategory.HOUSING, "请求将危房改造纳入困难退役军人帮扶"));
		this.decisions.accept(inReview, today.minusDays(73), "由县局会同住建部门核查", COUNTY, DESK);
		this.answers.answer(inReview, Stage.HANDLING,
				opinion(Opinion.NOT_SUPPORTED, today.minusDays(30), today.minusDays(28)), COUNTY, DESK);
		this.answers.requestReview(inReview, Stage.REVIEW, today.minusDays(6), "嘉兴市退役军人事务局", COUNTY, DESK);

		long closed = register(letter("周海涛", today.minusDays(60), PetitionClass.CLAIM, MatterCategory.SOCIAL_SECURITY,
				"反映养老保险缴费年限认定有误"));
		this.decisions.accept(closed, today.minusDays(59), "由县局协调社保部门核查", COUNTY, DESK);
		this.answers.answer(closed, Stage.HANDLING,
				opinion(Opinion.SUPPORTED, today.minusDays(25), today.minusDays(24)), COUNTY, DESK);
		this.answers.evaluate(closed, Stage.HANDLING, Satisfaction.SATISFIED, "问题已解决", COUNTY, DESK);
		this.answers.close(closed, "信访人满意", COUNTY, DESK);

		PetitionDraft hotline = new PetitionDraft(Channel.HOTLINE_12345, "嘉善县12345政务服务热线", today.minusDays(1), DAYUN,
				PetitionClass.CLAIM, MatterCategory.BENEFITS, "12345转办：咨询优待证办理进度", "来电人反映申请优待证已两个月未收到，请求尽快办理。", null,
				"吴永明", "13905730000", null, "嘉善县大云镇", null, null, null, null);
		this.petitions.register(hotline, COUNTY, DESK);

		PetitionDraft group = new PetitionDraft(Channel.VISIT, null, today.minusDays(5), XIJIE, PetitionClass.CLAIM,
				MatterCategory.RESETTLEMENT, "多名退役士兵反映企业改制后安置待遇问题", "原安置企业改制，12名退役士兵请求落实安置待遇。", null, "郑卫东",
				"13905731234", null, "嘉善县西塘镇西街8号", 12,
				List.of(new PetitionDraft.RepresentativeDraft("郑卫东", "13905731234", null),
						new PetitionDraft.RepresentativeDraft("冯建军", null, null),
						new PetitionDraft.RepresentativeDraft("褚志明", null, null)),
				null, null);
		this.petitions.register(group, COUNTY, DESK);

		PetitionDraft accusation = new PetitionDraft(Channel.LETTER, null, today.minusDays(4), XIJIE,
				PetitionClass.ACCUSATION, MatterCategory.CONDUCT, "检举服务站工作人员办事拖延", "检举西塘镇服务站有工作人员对优待证申请长期拖延不办。", null,
				null, null, null, null, null, null, List.of("xitang.staff"), "西塘镇退役军人服务站");
		this.petitions.register(accusation, COUNTY, DESK);
		log.info("Seeded demo petitions: 11 in several states");
	}

	private long register(PetitionDraft draft) {
		return this.petitions.register(draft, COUNTY, DESK).id();
	}

	private static PetitionDraft letter(String name, LocalDate receivedOn, PetitionClass petitionClass,
			MatterCategory category, String subject) {
		return new PetitionDraft(Channel.LETTER, null, receivedOn, XIJIE, petitionClass, category, subject,
				subject + "。请求依法依规处理。", null, name, null, null, "嘉善县西塘镇西街" + (name.hashCode() & 63) + "号", null, null,
				null, null);
	}

	private static AnswerDraft opinion(Opinion opinion, LocalDate answeredOn, LocalDate deliveredOn) {
		return new AnswerDraft("请求依法落实相关待遇", "经调查核实，信访人反映的情况基本属实。", opinion,
				(opinion == Opinion.SUPPORTED) ? "予以落实，相关部门已于本月办理。" : "经核查不符合政策规定的条件，不予支持，并已做好解释工作。",
				"《退役军人保障法》及相关政策规定", answeredOn, deliveredOn);
	}

}
