package org.rongjun.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.rongjun.support.IntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import org.rongjun.messaging.campaign.CampaignDraft;
import org.rongjun.messaging.campaign.CampaignStatus;
import org.rongjun.messaging.campaign.MessageCampaigns;
import org.rongjun.messaging.channel.Channel;
import org.rongjun.messaging.optout.OptOut;
import org.rongjun.messaging.optout.OptOutDraft;
import org.rongjun.messaging.optout.OptOutSource;
import org.rongjun.messaging.optout.OptOuts;
import org.rongjun.messaging.outbox.EnqueueResult;
import org.rongjun.messaging.outbox.MessageDispatcher;
import org.rongjun.messaging.outbox.MessageStatus;
import org.rongjun.messaging.outbox.Recipient;
import org.rongjun.messaging.template.MessageTemplate;
import org.rongjun.messaging.template.MessageTemplates;
import org.rongjun.messaging.template.TemplateDraft;

/**
 * The channels against real protocol servers: SMPP against the local SMSC simulator, SMTP
 * against GreenMail, WeChat against WireMock, all on loopback, and the real database.
 */
@IntegrationTest
@Timeout(120)
class MessagingIntegrationTests {

	private static final RegionScope COUNTY = RegionScope.of(RegionCode.of("330421"));

	final MessageTemplates templates;

	final MessageCampaigns campaigns;

	final MessageDispatcher dispatcher;

	final OptOuts optOuts;

	final JdbcClient jdbc;

	MessagingIntegrationTests(MessageTemplates templates, MessageCampaigns campaigns, MessageDispatcher dispatcher,
			OptOuts optOuts, JdbcClient jdbc) {
		this.templates = templates;
		this.campaigns = campaigns;
		this.dispatcher = dispatcher;
		this.optOuts = optOuts;
		this.jdbc = jdbc;
	}

	@Test
	void aLongChineseSmsIsSplitIntoUcs2PartsThatReassembleToTheText() {
		String body = "${name}同志：值此${festival}之际，嘉善县退役军人事务局向您和您的家人致以节日的问候和崇高的敬意！"
				+ "感谢您为国防和军队建设作出的贡献，祝您身体健康、阖家幸福、万事如意！如有困难请拨打服务热线。" + "我局将继续落实各项优抚政策，做好走访慰问、帮扶解困和权益维护工作，让军人成为全社会尊崇的职业。";
		long campaign = campaign(body, List.of(Channel.SMS));
		campaigns.enqueue(campaign, List.of(person("long-1", "张建国", "13900000001")).stream());
		drain(campaign);

		List<SmscSimulator.Received> received = MessagingTestServers.smsc().receivedBy("13900000001");
		String expected = body.replace("${name}", "张建国").replace("${festival}", "八一建军节");
		assertThat(expected.length()).isGreaterThan(134);
		assertThat(received).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo(expected);
			assertThat(message.dataCoding()).isEqualTo((byte) 0x08);
			assertThat(message.partLengths()).hasSize(3)
				.allSatisfy((length) -> assertThat(length).isLessThanOrEqualTo(67));
		});
		assertThat(statuses(campaign)).containsExactly(MessageStatus.SENT);
	}

	@Test
	void aCampaignTo1000RecipientsOverSmppReachesEachExactlyOnceEvenWhenTheSmscDropsTheConnection() {
		long campaign = campaign("${name}同志，八一建军节快乐！", List.of(Channel.SMS));
		List<Recipient> people = IntStream.range(0, 1000)
			.mapToObj((i) -> person("bulk-" + i, "战友" + i, "13710%06d".formatted(i)))
			.toList();
		EnqueueResult result = campaigns.enqueue(campaign, people.stream());
		assertThat(result.added()).isEqualTo(1000);
		int bindsBefore = MessagingTestServers.smsc().binds();
		MessagingTestServers.smsc().dropAfter(400);
		try {
			drain(campaign);
		}
		finally {
			// the simulator is shared by every messaging test
			MessagingTestServers.smsc().keepConnection();
		}

		// Only this campaign's texts: other tests (the browser journey) text demo phones
		// that may share the prefix.
		List<SmscSimulator.Received> received = MessagingTestServers.smsc()
			.receivedBy("13710")
			.stream()
			.filter((sms) -> sms.text().endsWith("同志，八一建军节快乐！") && sms.text().startsWith("战友"))
			.toList();
		assertThat(received).hasSize(1000);
		assertThat(received.stream().map(SmscSimulator.Received::destination).collect(Collectors.toSet()))
			.hasSize(1000);
		assertThat(MessagingTestServers.smsc().binds()).isGreaterThan(bindsBefore);
		assertThat(statuses(campaign)).containsOnly(MessageStatus.SENT);
		assertThat(this.jdbc.sql("select count(*) from messaging.outbox where campaign_id = :id and attempts > 1")
			.param("id", campaign)
			.query(Long.class)
			.single()).as("the message whose submit was dropped was retried").isGreaterThanOrEqualTo(1);
		assertThat(campaigns.get(campaign, COUNTY).status()).isEqualTo(CampaignStatus.DONE);
	}

	@Test
	void anSmscOutageDelaysMessagesWithoutUsingUpTheirAttempts() throws Exception {
		long campaign = campaign("${name}同志，您好！", List.of(Channel.SMS));
		campaigns.enqueue(campaign,
				IntStream.range(0, 5).mapToObj((i) -> person("outage-" + i, "战友" + i, "1311000000" + i)));
		MessagingTestServers.smsc().outage(true);
		try {
			// Each pass finds the SMSC refusing binds and puts the messages back for the
			// pause.
			for (int i = 0; i < 6; i++) {
				this.dispatcher.dispatchOnce();
				Thread.sleep(150);
			}
			assertThat(statuses(campaign)).containsOnly(MessageStatus.PENDING);
			// At most the one submit that met the closing connection counts as an
			// attempt.
			assertThat(this.jdbc.sql("select max(attempts) from messaging.outbox where campaign_id = :id")
				.param("id", campaign)
				.query(Integer.class)
				.single()).isLessThanOrEqualTo(1);
		}
		finally {
			MessagingTestServers.smsc().outage(false);
		}
		drain(campaign);
		assertThat(MessagingTestServers.smsc().receivedBy("131100000")).hasSize(5);
		assertThat(statuses(campaign)).containsOnly(MessageStatus.SENT);
	}

	@Test
	void enqueuingTheSameRecipientsTwiceAddsNothing() {
		long campaign = campaign("${name}同志，新年好！", List.of(Channel.SMS, Channel.IN_APP));
		List<Recipient> people = List.of(person("twice-1", "李卫国", "13600000001"),
				new Recipient("twice-2", "王志强", "13600000002", null, null, "county.staff", Map.of()));
		EnqueueResult first = campaigns.enqueue(campaign, people.stream());
		EnqueueResult second = campaigns.enqueue(campaign, people.stream());
		// 李卫国 has no account for in-app: recorded as left out, not sent
		assertThat(first).isEqualTo(new EnqueueResult(2, 3, 0, 1, 0));
		assertThat(second).isEqualTo(new EnqueueResult(2, 0, 0, 0, 4));
		assertThat(messageCount(campaign)).isEqualTo(4);
		assertThat(campaigns.get(campaign, COUNTY).recipientCount()).isEqualTo(2);

		optOuts.add(new OptOutDraft(Channel.SMS, "136 0000 0003", null), "county.staff", COUNTY);
		EnqueueResult third = campaigns.enqueue(campaign,
				Stream.concat(people.stream(), Stream.of(person("twice-3", "周志勇", "13600000003"))));
		assertThat(third).isEqualTo(new EnqueueResult(3, 0, 1, 1, 4));
		assertThat(messageCount(campaign)).isEqualTo(6);
		assertThat(campaigns.get(campaign, COUNTY).recipientCount()).as("each person counted once").isEqualTo(3);
	}

	@Test
	void anOptedOutPersonReceivesNothingOnThatChannel() {
		optOuts.add(new OptOutDraft(Channel.SMS, "13500000001", null), "county.staff", COUNTY);
		long campaign = campaign("${name}同志，春节快乐！", List.of(Channel.SMS, Channel.IN_APP));
		campaigns.enqueue(
				campaign, List
					.of(new Recipient("opt-1", "赵德胜", "13500000001", null, null, "county.staff", Map.of()),
							person("opt-2", "钱志远", "13500000002"))
					.stream());
		// Opted out after being queued: honoured at sending time too.
		optOuts.add(new OptOutDraft(Channel.SMS, null, "opt-2"), "county.staff", COUNTY);
		drain(campaign);

		assertThat(MessagingTestServers.smsc().receivedBy("135000000")).isEmpty();
		assertThat(status(campaign, "opt-1", Channel.SMS)).isEqualTo(MessageStatus.SKIPPED_OPTED_OUT);
		assertThat(status(campaign, "opt-2", Channel.SMS)).isEqualTo(MessageStatus.SKIPPED_OPTED_OUT);
		assertThat(status(campaign, "opt-1", Channel.IN_APP)).isEqualTo(MessageStatus.DELIVERED);
	}

	@Test
	void anSmsReplyTdOptsThePhoneOutOfSms() throws Exception {
		long first = campaign("${name}同志，您好！", List.of(Channel.SMS));
		campaigns.enqueue(first, List.of(person("td-1", "孙建军", "13400000001")).stream());
		drain(first);
		MessagingTestServers.smsc().reply("13400000001", " td ");
		MessagingTestServers.smsc().reply("13400000002", "好的，谢谢");
		await(() -> optedOut("13400000001"));
		assertThat(optedOut("13400000002")).isFalse();
		OptOut recorded = this.optOuts.list(COUNTY, Channel.SMS, "13400000001", null, PageQuery.of(null, null))
			.items()
			.get(0);
		assertThat(recorded.source()).isEqualTo(OptOutSource.SMS_REPLY);
		assertThat(recorded.scopeCode()).as("where the campaign that texted the phone was sent")
			.isEqualTo("330421000000");
		assertThat(recorded.address()).isEqualTo("134****0001");

		long second = campaign("${name}同志，节日快乐！", List.of(Channel.SMS));
		campaigns.enqueue(second, List.of(person("td-1", "孙建军", "13400000001")).stream());
		drain(second);
		assertThat(MessagingTestServers.smsc().receivedBy("13400000001")).hasSize(1);
		assertThat(status(second, "td-1", Channel.SMS)).isEqualTo(MessageStatus.SKIPPED_OPTED_OUT);
	}

	@Test
	void deliveryReceiptsMarkMessagesDeliveredOrFailed() throws Exception {
		long campaign = campaign("${name}同志，您好！", List.of(Channel.SMS));
		campaigns.enqueue(campaign,
				List.of(person("dr-1", "周国庆", "13300000001"), person("dr-2", "吴海军", "13300000002")).stream());
		drain(campaign);
		for (SmscSimulator.Received message : MessagingTestServers.smsc().receivedBy("133000000")) {
			MessagingTestServers.smsc()
				.receipt(message.messageIds().get(0), message.destination(),
						message.destination().endsWith("1") ? "DELIVRD" : "UNDELIV");
		}
		await(() -> {
			this.dispatcher.dispatchOnce();
			return status(campaign, "dr-1", Channel.SMS) == MessageStatus.DELIVERED
					&& status(campaign, "dr-2", Channel.SMS) == MessageStatus.FAILED;
		});
		assertThat(this.jdbc.sql("""
				select delivered_at is not null from messaging.outbox where campaign_id = :id and recipient_key = 'dr-1'
				""").param("id", campaign).query(Boolean.class).single()).isTrue();
	}

	@Test
	void anEmailArrivesWithAChineseSubject() throws Exception {
		long campaign = campaign("${name}同志：祝您${festival}快乐！", List.of(Channel.EMAIL));
		campaigns.enqueue(campaign,
				List.of(new Recipient("mail-1", "郑光荣", null, "zheng@example.cn", null, null, Map.of())).stream());
		drain(campaign);
		MimeMessage[] mails = MessagingTestServers.mail().getReceivedMessagesForDomain("zheng@example.cn");
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).isEqualTo("八一建军节慰问");
		assertThat(((String) mails[0].getContent()).strip()).isEqualTo("郑光荣同志：祝您八一建军节快乐！");
		assertThat(status(campaign, "mail-1", Channel.EMAIL)).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void aWeChatErrcodeIsRetriedWithBackoffThenFailedAfterMaxAttempts() {
		var wechat = MessagingTestServers.wechat();
		wechat
			.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).withRequestBody(containing("openid-broken"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody("{\"errcode\":43004,\"errmsg\":\"require subscribe\"}")));
		long campaign = campaign("${name}同志，您好！", List.of(Channel.WECHAT));
		campaigns.enqueue(campaign,
				List.of(new Recipient("wx-1", "冯卫东", null, null, "openid-broken", null, Map.of())).stream());
		drain(campaign);

		List<LoggedRequest> calls = wechat.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
			.withRequestBody(containing("openid-broken")));
		assertThat(calls).hasSize(5);
		// Each wait is at least base (50 ms) × 2^attempts: 100, 200, 400, 800 ms.
		for (int i = 1; i < calls.size(); i++) {
			long gap = calls.get(i).getLoggedDate().getTime() - calls.get(i - 1).getLoggedDate().getTime();
			assertThat(gap).as("wait before attempt %d", i + 1).isGreaterThanOrEqualTo(50L << i);
		}
		assertThat(this.jdbc.sql("""
				select status || ' ' || attempts || ' ' || last_error from messaging.outbox where campaign_id = :id
				""").param("id", campaign).query(String.class).single()).startsWith("FAILED 5 微信接口返回 errcode 43004");
	}

	@Test
	void theWeChatRateLimitHolds() {
		var wechat = MessagingTestServers.wechat();
		wechat
			.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).withRequestBody(containing("openid-rate-"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")));
		long campaign = campaign("${name}同志，您好！", List.of(Channel.WECHAT));
		campaigns.enqueue(campaign, IntStream.range(0, 60)
			.mapToObj((i) -> new Recipient("rate-" + i, "战友" + i, null, null, "openid-rate-" + i, null, Map.of())));
		drain(campaign);

		List<Long> times = new ArrayList<>(wechat
			.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
				.withRequestBody(containing("openid-rate-")))
			.stream()
			.map((request) -> request.getLoggedDate().getTime())
			.toList());
		Collections.sort(times);
		assertThat(times).hasSize(60);
		// 20 a second with one second of burst: no second can see more than 20 + 20, plus
		// slack.
		int busiest = 0;
		for (int i = 0; i < times.size(); i++) {
			int j = i;
			while (j < times.size() && times.get(j) - times.get(i) < 1000) {
				j++;
			}
			busiest = Math.max(busiest, j - i);
		}
		assertThat(busiest).isLessThanOrEqualTo(45);
		assertThat(times.get(59) - times.get(0)).as("60 messages at 20/s after a burst of 20").isGreaterThan(1500);
		assertThat(statuses(campaign)).containsOnly(MessageStatus.SENT);
	}

	private long campaign(String body, List<Channel> channels) {
		String code = "t" + System.nanoTime();
		MessageTemplate template = this.templates.create(new TemplateDraft(code, "测试模板" + code, "${festival}慰问", body),
				COUNTY);
		return this.campaigns
			.create(new CampaignDraft("测试活动", template.id(), channels, Map.of("festival", "八一建军节")), "county.staff",
					COUNTY)
			.id();
	}

	private static Recipient person(String key, String name, String phone) {
		return new Recipient(key, name, phone, null, null, null, Map.of());
	}

	private void drain(long campaign) {
		await(() -> {
			this.dispatcher.dispatchOnce();
			return this.jdbc.sql("""
					select not exists (select 1 from messaging.outbox
					                   where campaign_id = :id and status in ('PENDING', 'SENDING'))
					""").param("id", campaign).query(Boolean.class).single();
		});
		this.dispatcher.dispatchOnce();
	}

	private static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("condition not met within 60 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private Set<MessageStatus> statuses(long campaign) {
		return this.jdbc.sql("select distinct status from messaging.outbox where campaign_id = :id")
			.param("id", campaign)
			.query((rs, row) -> MessageStatus.valueOf(rs.getString(1)))
			.set();
	}

	private MessageStatus status(long campaign, String key, Channel channel) {
		return this.jdbc
			.sql("""
					select status from messaging.outbox where campaign_id = :id and recipient_key = :key and channel = :channel
					""")
			.param("id", campaign)
			.param("key", key)
			.param("channel", channel.name())
			.query((rs, row) -> MessageStatus.valueOf(rs.getString(1)))
			.single();
	}

	private long messageCount(long campaign) {
		return this.jdbc.sql("select count(*) from messaging.outbox where campaign_id = :id")
			.param("id", campaign)
			.query(Long.class)
			.single();
	}

	private boolean optedOut(String phone) {
		return this.optOuts.list(COUNTY, Channel.SMS, phone, null, PageQuery.of(null, null)).total() > 0;
	}

}
