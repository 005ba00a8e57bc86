package org.rongjun.messaging;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import org.rongjun.messaging.outbox.MessageDispatcher;

/** The messaging HTTP API as the web app uses it: permissions, scope, validation. */
@IntegrationTest
@Timeout(120)
class MessagingApiTests {

	@LocalServerPort
	int port;

	final MessageDispatcher dispatcher;

	MessagingApiTests(MessageDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Test
	void countyStaffWriteATemplateCreateACampaignSendItAndSeeTheCounts() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");

		JsonNode refused = staff
			.post("/api/messaging/templates",
					Map.of("code", "typo", "name", "错字模板", "title", "问候", "body", "${nmae}同志好"))
			.expect(400)
			.json();
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(refused.get("errors").get(0).get("message").asString()).contains("${nmae}");

		JsonNode preview = staff
			.post("/api/messaging/templates/preview", Map.of("title", "${festival}慰问", "body",
					"${name}同志：祝您${festival}快乐！", "variables", Map.of("festival", "国庆节")))
			.expect(200)
			.json();
		assertThat(preview.get("text").asString()).isEqualTo("张建国同志：祝您国庆节快乐！");
		assertThat(preview.get("smsParts").asInt()).isEqualTo(1);

		long template = staff
			.post("/api/messaging/templates", Map.of("code", "national-day", "name", "国庆问候", "title",
					"API测试${festival}问候", "body", "${name}同志：祝您${festival}快乐，慰问金${amount}元已发放。"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		JsonNode campaign = staff
			.post("/api/messaging/campaigns", Map.of("name", "国庆节问候", "templateId", template, "channels",
					List.of("SMS", "IN_APP"), "variables", Map.of("festival", "国庆节")))
			.expect(201)
			.json();
		long id = campaign.get("id").asLong();
		assertThat(campaign.get("status").asString()).isEqualTo("DRAFT");
		assertThat(campaign.get("scopeCode").asString()).isEqualTo("330421000000");

		JsonNode enqueued = staff.post("/api/messaging/campaigns/" + id + "/recipients", List.of(
				Map.of("key", "api-1", "name", "陈国栋", "phone", "13200000001", "inAppUser", "county.staff", "variables",
						Map.of("amount", "800")),
				Map.of("key", "api-2", "name", "林志刚", "phone", "13200000002", "variables", Map.of("amount", "600"))))
			.expect(200)
			.json();
		assertThat(enqueued.get("recipients").asLong()).isEqualTo(2);
		assertThat(enqueued.get("added").asLong()).isEqualTo(3);

		CampaignsApi.drain(staff, this.dispatcher, id);
		JsonNode done = staff.get("/api/messaging/campaigns/" + id).expect(200).json();
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("countsByStatus").get("SENT").asLong()).isEqualTo(2);
		assertThat(done.get("countsByStatus").get("DELIVERED").asLong()).isEqualTo(1);
		assertThat(MessagingTestServers.smsc().receivedBy("13200000001").get(0).text())
			.isEqualTo("陈国栋同志：祝您国庆节快乐，慰问金800元已发放。");

		JsonNode inbox = staff.get("/api/messaging/inbox?unread=true").expect(200).json();
		JsonNode mine = null;
		for (JsonNode item : inbox.get("items")) {
			if (item.get("title").asString().equals("API测试国庆节问候")) {
				mine = item;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("body").asString()).isEqualTo("陈国栋同志：祝您国庆节快乐，慰问金800元已发放。");
		staff.post("/api/messaging/inbox/" + mine.get("id").asLong() + "/read", Map.of()).expect(204);
		ApiClient.loggedIn(this.port, "xitang.staff")
			.post("/api/messaging/inbox/" + mine.get("id").asLong() + "/read", Map.of())
			.expect(404);

		JsonNode list = staff.get("/api/messaging/campaigns").expect(200).json();
		assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(id);
	}

	@Test
	void townshipStaffSeeOnlyCampaignsOfTheirScopeAndCannotCreateOne() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long template = county
			.post("/api/messaging/templates",
					Map.of("code", "scope-check", "name", "范围测试", "title", "问候", "body", "${name}同志好"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		long id = county
			.post("/api/messaging/campaigns",
					Map.of("name", "全县问候", "templateId", template, "channels", List.of("SMS")))
			.expect(201)
			.json()
			.get("id")
			.asLong();

		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		township.get("/api/messaging/campaigns/" + id).expect(404);
		for (JsonNode item : township.get("/api/messaging/campaigns").expect(200).json().get("items")) {
			assertThat(item.get("scopeCode").asString()).startsWith("330421103");
		}
		township
			.post("/api/messaging/campaigns", Map.of("name", "镇问候", "templateId", template, "channels", List.of("SMS")))
			.expect(403);
		township.post("/api/messaging/campaigns/" + id + "/recipients", List.of()).expect(403);
		township.get("/api/messaging/opt-outs").expect(403);
	}

	@Test
	void staffRecordListAndRemoveAnOptOut() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		staff.post("/api/messaging/opt-outs", Map.of("channel", "EMAIL")).expect(400);
		staff.post("/api/messaging/opt-outs", Map.of("channel", "EMAIL", "address", "OptOut@Example.cn")).expect(204);
		staff.post("/api/messaging/opt-outs", Map.of("channel", "SMS", "address", "1234")).expect(400);
		// Stored sealed and shown masked; found by typing the address in full.
		JsonNode found = staff.get("/api/messaging/opt-outs?channel=EMAIL&address=optout@example.cn")
			.expect(200)
			.json()
			.get("items")
			.get(0);
		assertThat(found.get("address").asString()).isEqualTo("o***@example.cn");
		assertThat(found.get("source").asString()).isEqualTo("STAFF");
		assertThat(found.get("createdBy").asString()).isEqualTo("county.staff");
		staff.delete("/api/messaging/opt-outs/" + found.get("id").asLong()).expect(204);
		staff.delete("/api/messaging/opt-outs/" + found.get("id").asLong()).expect(404);
	}

}
