package org.rongjun.meetings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rongjun.attachments.Attachments;
import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo county's meetings: two county meetings (领导小组, 双拥) and one of 西塘镇 and 大云镇 each,
 * with decisions done, open, due within the week and overdue (one already 督办).
 */
@Component
@Order(50)
@ConditionalOnDemoData
class DemoMeetingsSeeder implements ApplicationRunner {

	private static final String COUNTY = "330421000000";

	private static final String DEMO = "demo";

	private final Meetings meetings;

	private final ActionItems items;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoMeetingsSeeder(Meetings meetings, ActionItems items, Attachments attachments, JdbcClient jdbc, Clock clock) {
		this.meetings = meetings;
		this.items = items;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from meetings.meeting").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		RegionScope county = scope(COUNTY);

		Meeting group = this.meetings.create(
				new MeetingDraft(MeetingKind.LEADING_GROUP, "县退役军人工作领导小组全体会议", today.minusDays(75), "县行政中心3号会议室",
						"一、通报上年度退役军人工作情况；二、研究退役军人就业创业和服务站建设工作；三、部署年度重点任务。",
						"会议由县政府分管副县长主持。会议认为，上年度全县退役军人工作扎实推进，服务保障体系基本建成。" + "会议要求各成员单位按照分工抓好落实，县退役军人事务局牵头做好督办。",
						List.of(new Attendee("县人民政府", "王建国", "副县长"), new Attendee("县退役军人事务局", "李卫东", "局长"),
								new Attendee("县人力资源和社会保障局", "陈晓", "副局长"), new Attendee("县财政局", "周敏", "副局长"),
								new Attendee("县人武部", "赵刚", "政委"), new Attendee("各镇（街道）", null, "分管领导")),
						COUNTY),
				county, DEMO);
		ActionItem fair = decide(group, "举办退役军人专场招聘会，提供岗位不少于300个", "县人力资源和社会保障局", "陈晓", COUNTY, today.minusDays(30),
				county);
		this.items.report(fair.id(), new ActionNote("已联系42家企业，收集岗位326个，定于下周举办。"), county, DEMO);
		this.attachments.store(ActionItems.evidenceOf(fair.id()), "专场招聘会签到表.pdf", null, pdf("专场招聘会签到表"), DEMO);
		this.items.close(fair.id(), new ActionNote("招聘会已举办，42家企业提供岗位326个，达成意向87人。"), county, DEMO);
		ActionItem stations = decide(group, "完成镇村退役军人服务站\"五有\"达标整改", "大云镇人民政府", "孙立", "330421102000",
				today.minusDays(10), county);
		this.items.report(stations.id(), new ActionNote("已完成5个村服务站整改，尚有2个村场地未落实。"), scope("330421102000"), DEMO);
		this.items.supervise(stations.id(), new ActionNote("已超过办结时限，请于本周内报送剩余2个村的整改方案。"), county, DEMO);
		ActionItem visits = decide(group, "开展烈士遗属、重点优抚对象走访慰问全覆盖", "西塘镇人民政府", "钱芳", "330421103000", today.plusDays(5),
				county);
		this.items.report(visits.id(), new ActionNote("已走访烈士遗属12户、重点优抚对象40人，完成约八成。"), scope("330421103000"), DEMO);
		decide(group, "落实年度优抚资金县级配套", "县财政局", "周敏", COUNTY, today.plusDays(40), county);

		Meeting support = this.meetings.create(
				new MeetingDraft(MeetingKind.DOUBLE_SUPPORT, "县双拥工作领导小组会议", today.minusDays(20), "县人武部会议室",
						"一、通报双拥模范县创建工作进展；二、研究八一走访慰问驻地部队方案。", null, List.of(new Attendee("县双拥办", null, null),
								new Attendee("县人武部", "赵刚", "政委"), new Attendee("县退役军人事务局", "李卫东", "局长")),
						COUNTY),
				county, DEMO);
		decide(support, "组织八一走访慰问驻地部队", "县退役军人事务局", "李卫东", COUNTY, today.plusDays(30), county);
		decide(support, "创建拥军优属示范街道，报送创建材料", "魏塘街道办事处", "吴强", "330421001000", today.minusDays(2), county);

		RegionScope xitang = scope("330421103000");
		Meeting town = this.meetings.create(new MeetingDraft(MeetingKind.DOUBLE_SUPPORT, "西塘镇双拥工作推进会",
				today.minusDays(15), "西塘镇政府二楼会议室", "部署光荣牌悬挂核查和军属家庭走访。", null,
				List.of(new Attendee("西塘镇退役军人服务站", "钱芳", "站长"), new Attendee("西街社区", "冯云", "联络员")), "330421103000"),
				xitang, DEMO);
		decide(town, "完成辖区光荣牌悬挂情况核查", "西街社区居民委员会", "冯云", "330421103001", today.plusDays(10), xitang);
		decide(town, "走访新兵家庭并送达入伍通知书回执", "朝南埭社区居民委员会", "蒋丽", "330421103002", today.minusDays(1), xitang);

		RegionScope dayun = scope("330421102000");
		Meeting dayunMeeting = this.meetings.create(
				new MeetingDraft(MeetingKind.LEADING_GROUP, "大云镇退役军人工作领导小组会议", today.minusDays(40), "大云镇政府会议室",
						"研究服务站规范化建设。", null, List.of(new Attendee("大云镇退役军人服务站", "孙立", "站长")), "330421102000"),
				dayun, DEMO);
		ActionItem desk = decide(dayunMeeting, "大云社区服务站设立接待窗口", "大云社区居民委员会", "韩梅", "330421102001", today.minusDays(5),
				dayun);
		this.attachments.store(ActionItems.evidenceOf(desk.id()), "接待窗口照片说明.pdf", null, pdf("接待窗口已设立"), DEMO);
		this.items.close(desk.id(), new ActionNote("接待窗口已设立并公示服务事项和值班表。"), dayun, DEMO);
	}

	private ActionItem decide(Meeting meeting, String decision, String unit, String person, String region,
			LocalDate deadline, RegionScope scope) {
		return this.meetings.addDecision(meeting.id(), new ActionItemDraft(decision, unit, person, region, deadline),
				scope, DEMO);
	}

	private static RegionScope scope(String code) {
		return RegionScope.of(RegionCode.of(code));
	}

	private static ByteArrayInputStream pdf(String title) {
		return new ByteArrayInputStream(("%PDF-1.4\n% " + title + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
	}

}
