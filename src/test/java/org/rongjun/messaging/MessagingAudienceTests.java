package org.rongjun.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import org.rongjun.registry.Anniversary;
import org.rongjun.registry.ContactSelection;
import org.rongjun.registry.VeteranContact;
import org.rongjun.registry.VeteranContacts;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.Today;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.Today.TODAY;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.greeting.Greetings;
import org.rongjun.messaging.outbox.MessageDispatcher;

/**
 * Campaigns whose recipients are a registry selection, through the HTTP API as the web
 * app uses it, and the daily birthday and enlistment-anniversary greetings.
 */
@IntegrationTest
@CalendarSensitive
@Timeout(180)
class MessagingAudienceTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	final MessageDispatcher dispatcher;

	final MessageCampaigns campaigns;

	final Greetings greetings;

	final VeteranContacts contacts;

	final JdbcClient jdbc;

	MessagingAudienceTests(MessageDispatcher dispatcher, MessageCampaigns campaigns, Greetings greetings,
			VeteranContacts contacts, JdbcClient jdbc) {
		this.dispatcher = dispatcher;
		this.campaigns = campaigns;
		this.greetings = greetings;
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	/** A village of the demo county with several living veterans who have a phone. */
	private String busyVillage() {
		return this.jdbc.sql("""
				select household_region_code from registry.veteran
				where death_date is null and phone_cipher is not null and household_region_code like '330421%'
				group by 1 having count(*) >= 5 order by count(*) desc, 1 limit 1
				""").query(String.class).single();
	}

	private List<VeteranContact> contactsIn(String region) {
		return this.contacts.withContacts(
				ContactSelection.of(new VeteranSearch(null, null, null, region, null, null, null, null, null)),
				RegionScope.of(RegionCode.of("330421")), (people) -> people.toList());
	}

	private long template(ApiClient staff, String code) {
		return staff
			.post("/api/messaging/templates",
					Map.of("code", code, "name", "八一问候", "title", "${festival}问候", "body",
							"${name}同志：祝您${festival}快乐！"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	@Test
	void theAudienceCountPreviewCountsLivingPeopleOfTheRegionAndRefusesRegionsOutsideTheScope() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String township = "330421103000";
		long expected = this.jdbc.sql("""
				select count(*) from registry.veteran
				where household_region_code between '330421103000' and '330421103999' and death_date is null
				""").query(Long.class).single();
		JsonNode count = staff.post("/api/messaging/campaigns/audience-count", Map.of("regionCode", township))
			.expect(200)
			.json();
		assertThat(count.get("people").asLong()).isEqualTo(expected).isPositive();
		assertThat(count.get("withPhone").asLong()).isPositive().isLessThanOrEqualTo(expected);

		JsonNode old = staff
			.post("/api/messaging/campaigns/audience-count", Map.of("regionCode", township, "ageFrom", 60))
			.expect(200)
			.json();
		assertThat(old.get("people").asLong()).isLessThan(expected);

		JsonNode refused = staff.post("/api/messaging/campaigns/audience-count", Map.of("regionCode", "330402000000"))
			.expect(400)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("audience.regionCode");
		ApiClient.loggedIn(this.port, "xitang.staff")
			.post("/api/messaging/campaigns/audience-count", Map.of("regionCode", township))
			.expect(403);
	}

	/**
	 * Acceptance: an opted-out person receives nothing — opted out by person (the
	 * registry id) or by phone, through the API, then a campaign to their whole village
	 * is sent.
	 */
	@Test
	void anOptedOutPersonReceivesNothingFromACampaignToTheirVillage() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String village = busyVillage();
		List<VeteranContact> people = contactsIn(village).stream().filter((c) -> c.phone() != null).toList();
		VeteranContact byKey = people.get(0);
		VeteranContact byPhone = people.get(1);
		staff
			.post("/api/messaging/opt-outs",
					Map.of("channel", "SMS", "recipientKey", String.valueOf(byKey.veteranId())))
			.expect(204);
		staff.post("/api/messaging/opt-outs", Map.of("channel", "SMS", "address", byPhone.phone())).expect(204);

		long template = template(staff, "army-day-optout");
		JsonNode campaign = staff.post("/api/messaging/campaigns",
				Map.of("name", "八一问候（退订测试）", "templateId", template, "channels", List.of("SMS"), "variables",
						Map.of("festival", "八一建军节"), "audience", Map.of("regionCode", village)))
			.expect(201)
			.json();
		long id = campaign.get("id").asLong();
		assertThat(campaign.get("audience").get("regionCode").asString()).isEqualTo(village);
		staff.post("/api/messaging/campaigns/" + id + "/send", Map.of()).expect(202);
		staff.post("/api/messaging/campaigns/" + id + "/send", Map.of()).expect(409);

		JsonNode done = CampaignsApi.drain(staff, this.dispatcher, id);
		long living = contactsIn(village).size();
		assertThat(done.get("recipientCount").asLong()).isEqualTo(living);
		assertThat(done.get("countsByStatus").get("SKIPPED_OPTED_OUT").asLong()).isEqualTo(2);
		assertThat(done.get("countsByStatus").get("SENT").asLong()).isEqualTo(people.size() - 2);
		// Other campaigns of the test JVM (the browser journey) text the same demo
		// phones: look at this campaign's text only.
		String text = "同志：祝您八一建军节快乐！";
		assertThat(MessagingTestServers.smsc().receivedBy(byKey.phone())).noneMatch((sms) -> sms.text().endsWith(text));
		assertThat(MessagingTestServers.smsc().receivedBy(byPhone.phone()))
			.noneMatch((sms) -> sms.text().endsWith(text));
		assertThat(MessagingTestServers.smsc().receivedBy(people.get(2).phone()))
			.anySatisfy((sms) -> assertThat(sms.text()).isEqualTo(people.get(2).name() + text));

		JsonNode report = staff.get("/api/messaging/campaigns/" + id + "/report").expect(200).json();
		assertThat(report.get("countsByChannel").get("SMS").get("SKIPPED_OPTED_OUT").asLong()).isEqualTo(2);
		assertThat(report.get("countsByChannel").has("EMAIL")).isFalse();
	}

	@Test
	void theDeceasedAreNeverSelected() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		String village = busyVillage();
		List<VeteranContact> before = contactsIn(village);
		VeteranContact dying = before.get(before.size() - 1);
		staff
			.post("/api/registry/veterans/" + dying.veteranId() + "/death",
					Map.of("date", TODAY.minusDays(3).toString(), "source", "家属报告"))
			.expect(200);
		List<VeteranContact> after = contactsIn(village);
		assertThat(after).hasSize(before.size() - 1).noneMatch((c) -> c.veteranId() == dying.veteranId());
	}

	@Test
	void aScheduledCampaignIsSentOnceItsTimeHasComeAndNotBefore() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		long template = template(staff, "scheduled-check");
		String village = busyVillage();
		Map<String, Object> later = new HashMap<>(Map.of("name", "明日问候", "templateId", template, "channels",
				List.of("SMS"), "audience", Map.of("regionCode", village), "scheduledAt",
				Instant.now(Today.CLOCK).plus(Duration.ofDays(1)).toString()));
		long tomorrow = staff.post("/api/messaging/campaigns", later).expect(201).json().get("id").asLong();
		Map<String, Object> due = new HashMap<>(later);
		due.put("name", "到点问候");
		due.put("scheduledAt", Instant.now(Today.CLOCK).minusSeconds(5).toString());
		long now = staff.post("/api/messaging/campaigns", due).expect(201).json().get("id").asLong();

		assertThat(this.campaigns.sendDue()).isGreaterThanOrEqualTo(1);
		assertThat(this.campaigns.sendDue()).isZero();
		JsonNode sent = staff.get("/api/messaging/campaigns/" + now).expect(200).json();
		assertThat(sent.get("queuedAt").isNull()).isFalse();
		assertThat(sent.get("recipientCount").asLong()).isEqualTo(contactsIn(village).size());
		JsonNode waiting = staff.get("/api/messaging/campaigns/" + tomorrow).expect(200).json();
		assertThat(waiting.get("queuedAt").isNull()).isTrue();
		assertThat(waiting.get("status").asString()).isEqualTo("DRAFT");
		staff
			.post("/api/messaging/campaigns", Map.of("name", "无范围定时", "templateId", template, "channels",
					List.of("SMS"), "scheduledAt", Instant.now().toString()))
			.expect(400);
	}

	@Test
	void theDailyBirthdayGreetingMakesOneCampaignPerDayForThePeopleBornOnThatDay() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		long template = staff
			.post("/api/messaging/templates",
					Map.of("code", "birthday", "name", "生日问候", "title", "生日快乐", "body", "${name}同志：${date}，祝您生日快乐！"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		staff
			.put("/api/messaging/greetings/BIRTHDAY",
					Map.of("templateId", template, "channels", List.of("SMS"), "sendTime", "08:30", "enabled", true))
			.expect(204);
		JsonNode settings = staff.get("/api/messaging/greetings").expect(200).json();
		assertThat(settings.get(0).get("kind").asString()).isEqualTo("BIRTHDAY");
		assertThat(settings.get(0).get("sendTime").asString()).startsWith("08:30");

		LocalDate birth = this.jdbc.sql("""
				select birth_date from registry.veteran where death_date is null and phone_cipher is not null
				  and household_region_code like '330421%' and extract(month from birth_date) <> 2
				order by id limit 1
				""").query(LocalDate.class).single();
		LocalDate day = birth.withYear(2027);
		long born = this.jdbc.sql("""
				select count(*) from registry.veteran where death_date is null
				  and household_region_code between '330421000000' and '330421999999'
				  and extract(month from birth_date) = :m and extract(day from birth_date) = :d
				""").param("m", day.getMonthValue()).param("d", day.getDayOfMonth()).query(Long.class).single();

		assertThat(this.greetings.createDue(day.atTime(8, 0).atZone(CHINA))).isEmpty();
		ZonedDateTime morning = day.atTime(9, 0).atZone(CHINA);
		List<Long> created = this.greetings.createDue(morning);
		assertThat(created).hasSize(1);
		assertThat(this.greetings.createDue(morning.plusHours(2))).isEmpty();

		this.campaigns.sendDue();
		JsonNode campaign = staff.get("/api/messaging/campaigns/" + created.get(0)).expect(200).json();
		assertThat(campaign.get("name").asString()).isEqualTo("生日问候 " + day);
		assertThat(campaign.get("audience").get("anniversary").asString()).isEqualTo("BIRTHDAY");
		assertThat(campaign.get("recipientCount").asLong()).isEqualTo(born).isPositive();
		CampaignsApi.drain(staff, this.dispatcher, created.get(0));
		assertThat(this.jdbc.sql("select rendered_text from messaging.outbox where campaign_id = :id limit 1")
			.param("id", created.get(0))
			.query(String.class)
			.single()).contains("2027年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日，祝您生日快乐！");
	}

	@Test
	void enlistmentAnniversariesSelectThePeopleWhoEnlistedOnThatDayInEarlierYears() {
		LocalDate enlisted = this.jdbc
			.sql("""
					select enlistment_date from registry.veteran where death_date is null and enlistment_date is not null
					  and household_region_code like '330421%' and extract(month from enlistment_date) <> 2 order by id limit 1
					""")
			.query(LocalDate.class)
			.single();
		RegionScope county = RegionScope.of(RegionCode.of("330421"));
		VeteranSearch all = new VeteranSearch(null, null, null, null, null, null, null, null, null);
		long onTheDay = this.contacts
			.count(new ContactSelection(all, Anniversary.ENLISTMENT, enlisted.withYear(2027)), county)
			.people();
		long sameDayThatYear = this.contacts.count(new ContactSelection(all, Anniversary.ENLISTMENT, enlisted), county)
			.people();
		assertThat(onTheDay).isPositive();
		assertThat(sameDayThatYear).isLessThan(onTheDay);
	}

}
