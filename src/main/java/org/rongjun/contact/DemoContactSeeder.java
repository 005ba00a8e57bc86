package org.rongjun.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.care.ProblemDraft;
import org.rongjun.organization.Region;
import org.rongjun.organization.RegionDirectory;
import org.rongjun.organization.StaffDraft;
import org.rongjun.organization.StaffMember;
import org.rongjun.organization.StaffService;
import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionLevel;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the demo county's contact boards on first start: everyone taken on, liaisons
 * assigned village by village (a village station's staff for its village, the township
 * station's staff for the rest; two villages of 大云镇 left without one so the "no liaison"
 * list shows what it is for), the 西街社区 liaison linked to the {@code xijie.staff} login,
 * and a year of contacts — most people reached within their cadence, some overdue, some
 * never, a few numbers unreachable — with a handful recorded through the service (needs
 * that became problems, two 波动 that became early warnings).
 */
@Component
@Order(60)
@ConditionalOnDemoData
class DemoContactSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContactSeeder.class);

	static final String COUNTY = "330421000000";

	static final String XIJIE = "330421103001";

	private static final List<String> UNASSIGNED = List.of("330421102204", "330421102205");

	private static final String DEMO = "demo";

	private final JdbcClient jdbc;

	private final ContactPeople people;

	private final ContactRecords records;

	private final Liaisons liaisons;

	private final StaffService staff;

	private final RegionDirectory regions;

	private final Clock clock;

	DemoContactSeeder(JdbcClient jdbc, ContactPeople people, ContactRecords records, Liaisons liaisons,
			StaffService staff, RegionDirectory regions, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.records = records;
		this.liaisons = liaisons;
		this.staff = staff;
		this.regions = regions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean seeded = this.jdbc.sql("select exists (select 1 from contact.village_liaison)")
			.query(Boolean.class)
			.single();
		RegionScope county = RegionScope.of(RegionCode.of(COUNTY));
		if (seeded || this.staff.search(county, null, null, new PageQuery(0, 1)).total() == 0) {
			return;
		}
		this.people.syncAll();
		if (this.jdbc.sql("select count(*) from contact.follow").query(Long.class).single() == 0) {
			return;
		}
		int villages = assignLiaisons(county);
		linkXijieLiaison(county);
		int history = history();
		int recorded = recordSome(county);
		log.info("Seeded demo contact data: liaisons for {} villages, {} past contacts, {} recorded contacts", villages,
				history, recorded);
	}

	private int assignLiaisons(RegionScope county) {
		List<StaffMember> members = this.staff.search(county, null, null, new PageQuery(0, 200)).items();
		Map<String, List<StaffMember>> byRegion = new LinkedHashMap<>();
		for (StaffMember member : members) {
			byRegion.computeIfAbsent(member.regionCode(), (k) -> new ArrayList<>()).add(member);
		}
		int assigned = 0;
		for (Region township : this.regions.children(COUNTY, county)) {
			List<StaffMember> townshipStaff = byRegion.getOrDefault(township.code(), List.of());
			if (townshipStaff.isEmpty()) {
				continue;
			}
			List<Region> villages = this.regions.children(township.code(), county)
				.stream()
				.filter((r) -> r.level() == RegionLevel.VILLAGE)
				.sorted(Comparator.comparing(Region::code))
				.toList();
			for (int i = 0; i < villages.size(); i++) {
				String village = villages.get(i).code();
				if (UNASSIGNED.contains(village)) {
					continue;
				}
				List<StaffMember> own = byRegion.getOrDefault(village, List.of());
				StaffMember liaison = own.isEmpty() ? townshipStaff.get(i % townshipStaff.size()) : own.get(0);
				this.liaisons.assignVillages(new VillageAssignment(List.of(village), liaison.id(), false), county,
						DEMO);
				assigned++;
			}
		}
		return assigned;
	}

	/** The demo account xijie.staff (陆芳) is the staff member of 西街社区's station. */
	private void linkXijieLiaison(RegionScope county) {
		this.staff.search(county, null, null, new PageQuery(0, 200))
			.items()
			.stream()
			.filter((m) -> m.regionCode().equals(XIJIE))
			.findFirst()
			.ifPresent((m) -> this.staff.update(m.id(),
					new StaffDraft(m.stationId(), "陆芳", m.position(), m.phone(), true, "xijie.staff"), county));
		this.jdbc.sql(
				"update contact.follow set liaison_name = '陆芳' where region_code = :village and liaison_id is not null")
			.param("village", XIJIE)
			.update();
		this.jdbc.sql("update contact.village_liaison set liaison_name = '陆芳' where village_code = :village")
			.param("village", XIJIE)
			.update();
	}

	/**
	 * A year of contacts, spread by a hash of each person's id: one in seven never
	 * contacted; the others reached one to three times, the last one mostly within their
	 * cadence; one in forty with a later phone call that did not get through.
	 */
	private int history() {
		LocalDate today = LocalDate.now(this.clock);
		int inserted = this.jdbc
			.sql("""
					insert into contact.contact_record (veteran_id, person_name, region_code, source, channel, contacted_on,
					                                    reached, mood, summary, liaison_id, contacted_by, created_by)
					select f.veteran_id, f.person_name, f.region_code, 'CONTACT',
					       (array['PHONE', 'PHONE', 'HOME_VISIT', 'WECHAT', 'PHONE', 'MEETING'])[1 + (h.b + n) % 6],
					       cast(:today as date) - (h.a % (f.interval_months * 30 + 25)) - (n - 1) * f.interval_months * 30,
					       true,
					       case when n > 1 or h.c < 86 then 'STABLE' when h.c < 97 then 'CONCERN' else 'UNSTABLE' end,
					       (array['电话问候，身体状况良好，无特殊诉求', '入户走访，家庭和睦，生活稳定',
					              '微信联系，了解近期就业情况，工作稳定', '座谈交流，对当前优抚政策表示满意',
					              '电话联系，子女在外务工，本人独居，嘱其注意身体', '入户走访，老伴住院，已表示关心并告知临时救助政策'])
					           [1 + (h.b + n) % 6],
					       f.liaison_id, coalesce(f.liaison_name, '村联络员'), :demo
					from contact.follow f
					cross join lateral (select abs(hashtext('a' || f.veteran_id)) as a, abs(hashtext('b' || f.veteran_id)) % 97 as b,
					                           abs(hashtext('c' || f.veteran_id)) % 100 as c) h
					cross join lateral generate_series(1, 1 + h.b % 3) as n
					where h.a % 7 <> 0
					""")
			.param("today", today)
			.param("demo", DEMO)
			.update();
		inserted += this.jdbc.sql("""
				insert into contact.contact_record (veteran_id, person_name, region_code, source, channel, contacted_on,
				                                    reached, summary, liaison_id, contacted_by, created_by)
				select f.veteran_id, f.person_name, f.region_code, 'CONTACT', 'PHONE', cast(:today as date) - 2, false,
				       '电话无人接听，号码可能已停用', f.liaison_id, coalesce(f.liaison_name, '村联络员'), :demo
				from contact.follow f
				where abs(hashtext('a' || f.veteran_id)) % 40 = 1
				""").param("today", today).param("demo", DEMO).update();
		this.jdbc.sql("""
				update contact.follow f
				set last_contact_on = l.contacted_on, last_channel = l.channel, last_mood = l.mood,
				    due_on = cast(l.contacted_on + make_interval(months => f.interval_months) as date)
				from (select distinct on (veteran_id) veteran_id, contacted_on, channel, mood
				      from contact.contact_record where reached
				      order by veteran_id, contacted_on desc, id desc) l
				where l.veteran_id = f.veteran_id and (f.last_contact_on is null or f.last_contact_on < l.contacted_on)
				""").update();
		this.jdbc.sql("""
				update contact.follow f set unreachable = true
				where exists (select 1 from contact.contact_record r where r.veteran_id = f.veteran_id and not r.reached
				              and r.channel = 'PHONE' and r.contacted_on >= coalesce(f.last_contact_on, r.contacted_on))
				""").update();
		return inserted;
	}

	/**
	 * A few contacts of 西街社区's people through the service, as the liaison would make
	 * them: needs that become problems with an owner and deadline, and two 波动.
	 */
	private int recordSome(RegionScope county) {
		LocalDate today = LocalDate.now(this.clock);
		List<FollowedPerson> xijie = this.people
			.search(PeopleFilter.ALL, XIJIE, null, null, county, new PageQuery(0, 8))
			.items();
		int recorded = 0;
		for (FollowedPerson person : xijie) {
			int n = recorded++;
			Mood mood = (n < 2) ? Mood.UNSTABLE : (n < 4) ? Mood.CONCERN : Mood.STABLE;
			String summary = switch (n) {
				case 0 -> "因养老保险接续问题情绪激动，表示要去县里反映";
				case 1 -> "儿子失业，家庭收入骤减，情绪低落";
				case 2 -> "反映房屋漏雨，希望协调维修";
				case 3 -> "询问优待证办理进度";
				default -> "电话问候，近况良好";
			};
			List<ProblemDraft> needs = switch (n) {
				case 0 -> List.of(new ProblemDraft("养老保险接续咨询，协调人社部门答复", "沈丽华", today.plusDays(15)));
				case 2 -> List.of(new ProblemDraft("房屋漏雨维修", "陆芳", today.plusDays(20)));
				case 3 -> List.of(new ProblemDraft("优待证办理进度查询", "陆芳", today.minusDays(3).plusDays(1)));
				default -> List.of();
			};
			LocalDate on = (n == 3) ? today.minusDays(5) : today.minusDays(n % 3);
			this.records.record(new ContactDraft(person.veteranId(),
					(n % 2 == 0) ? ContactChannel.HOME_VISIT : ContactChannel.PHONE, on, true, mood, summary, "陆芳",
					needs), county, "xijie.staff");
		}
		return recorded;
	}

}
