package org.rongjun.portal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.portal.PortalPeople.Person;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.portal.PortalPeople.codeRequest;
import static org.rongjun.portal.PortalPeople.from;
import static org.rongjun.portal.PortalPeople.lastCode;
import static org.rongjun.portal.PortalPeople.texts;
import static org.rongjun.support.IdNumbers.idNumber;

/**
 * Opening a portal account (ADR 0043): the ID number, name and mobile number must match a
 * living person's file, a one-time code goes to the number on file, and the answers are
 * the same whether or not anything matched (个人信息保护法 Art 51: measures against unauthorised
 * access; no enumeration of ID numbers).
 */
@IntegrationTest
class PortalAccountApiTests {

	static final String XITANG = "330421103000";

	static final String DAYUN = "330421102000";

	static final String PASSWORD = "Laobing2026!";

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	PortalAccountApiTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void aVeteranOpensTheirAccountWithTheCodeTextedToTheNumberOnFileAndSeesTheirOwnFile() {
		Person person = PortalPeople.of(this.port, XITANG, 21);
		ApiClient phone = from(this.port, "198.51.100.21");
		JsonNode requested = phone.post("/api/portal/auth/activation-code", codeRequest(person)).expect(200).json();
		assertThat(requested.get("expiresInSeconds").asLong()).isEqualTo(300);
		assertThat(texts(person.phone())).hasSize(1);
		assertThat(texts(person.phone()).get(0).text()).contains("开通验证码为").contains("5分钟内有效");
		String ticket = requested.get("ticket").asString();

		JsonNode weak = phone
			.post("/api/portal/auth/activation",
					Map.of("ticket", ticket, "code", lastCode(person.phone()), "password", "abcdefgh"))
			.expect(400)
			.json();
		assertThat(weak.get("errors").get(0).get("field").asString()).isEqualTo("password");

		JsonNode me = phone
			.post("/api/portal/auth/activation",
					Map.of("ticket", ticket, "code", lastCode(person.phone()), "password", PASSWORD))
			.expect(200)
			.json();
		assertThat(me.get("name").asString()).isEqualTo(person.name());

		JsonNode file = phone.get("/api/portal/file").expect(200).json();
		assertThat(file.get("name").asString()).isEqualTo(person.name());
		assertThat(file.get("idNumberMasked").asString()).contains("*").doesNotContain(person.idNumber());
		assertThat(file.toString()).doesNotContain(person.idNumber()).doesNotContain(person.phone());
		phone.get("/api/portal/household").expect(200);
		phone.get("/api/portal/payments").expect(200);

		// The ticket was used: the same code opens nothing again.
		phone
			.post("/api/portal/auth/activation",
					Map.of("ticket", ticket, "code", lastCode(person.phone()), "password", PASSWORD))
			.expect(400);

		phone.post("/api/portal/auth/logout", Map.of()).expect(204);
		phone.get("/api/portal/file").expect(401);

		ApiClient again = from(this.port, "198.51.100.22");
		again.post("/api/portal/auth/login", Map.of("idNumber", person.idNumber(), "password", PASSWORD)).expect(200);
		assertThat(again.get("/api/portal/file").expect(200).json().get("name").asString()).isEqualTo(person.name());
		assertThat(this.jdbc.sql("""
				select count(*) from identity.audit_log
				where username like 'portal:%' and action in ('PORTAL_ACTIVATED', 'LOGIN', 'LOGOUT')
				""").query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aWrongPhoneAnUnregisteredIdAndAnOpenedAccountGetTheSameAnswerAndNoCode() {
		Person person = PortalPeople.of(this.port, DAYUN, 2);
		ApiClient stranger = from(this.port, "198.51.100.31");
		String otherPhone = "13912345" + String.format("%03d", person.id() % 1000);

		JsonNode wrongPhone = stranger
			.post("/api/portal/auth/activation-code",
					Map.of("name", person.name(), "idNumber", person.idNumber(), "phone", otherPhone))
			.expect(200)
			.json();
		JsonNode wrongName = stranger
			.post("/api/portal/auth/activation-code",
					Map.of("name", person.name() + "甲", "idNumber", person.idNumber(), "phone", person.phone()))
			.expect(200)
			.json();
		JsonNode unregistered = stranger
			.post("/api/portal/auth/activation-code",
					Map.of("name", "王某某", "idNumber", idNumber("330421", "19600101", 977), "phone", "13800000977"))
			.expect(200)
			.json();
		for (JsonNode answer : new JsonNode[] { wrongPhone, wrongName, unregistered }) {
			assertThat(answer.properties().stream().map(Map.Entry::getKey).toList()).containsExactlyInAnyOrder("ticket",
					"expiresInSeconds");
		}
		assertThat(texts(person.phone())).isEmpty();
		assertThat(texts(otherPhone)).isEmpty();
		assertThat(texts("13800000977")).isEmpty();
		for (String code : new String[] { "000000", "123456" }) {
			stranger
				.post("/api/portal/auth/activation",
						Map.of("ticket", wrongPhone.get("ticket").asString(), "code", code, "password", PASSWORD))
				.expect(400);
		}

		ApiClient owner = from(this.port, "198.51.100.32");
		PortalPeople.signUp(owner, person, PASSWORD);
		// Two minutes later (the file's one code a minute is spent).
		this.jdbc
			.sql("update portal.code_ticket set created_at = created_at - interval '2 minutes' where veteran_id = :v")
			.param("v", person.id())
			.update();
		ApiClient later = from(this.port, "198.51.100.33");
		JsonNode opened = later.post("/api/portal/auth/activation-code", codeRequest(person)).expect(200).json();
		assertThat(opened.properties().stream().map(Map.Entry::getKey).toList()).containsExactlyInAnyOrder("ticket",
				"expiresInSeconds");
		// The person learns by text that they have an account; the asker learns nothing.
		assertThat(texts(person.phone()).get(texts(person.phone()).size() - 1).text()).contains("您已开通");

		JsonNode malformed = stranger
			.post("/api/portal/auth/activation-code",
					Map.of("name", "王某某", "idNumber", "33042119600101123X", "phone", "13800000977"))
			.expect(400)
			.json();
		assertThat(malformed.get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
	}

	@Test
	void aCodeDiesAfterFiveWrongTriesOrFiveMinutes() {
		Person tries = PortalPeople.of(this.port, XITANG, 23);
		ApiClient phone = from(this.port, "198.51.100.41");
		String ticket = phone.post("/api/portal/auth/activation-code", codeRequest(tries))
			.expect(200)
			.json()
			.get("ticket")
			.asString();
		String code = lastCode(tries.phone());
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			phone.post("/api/portal/auth/activation", Map.of("ticket", ticket, "code", wrong, "password", PASSWORD))
				.expect(400);
		}
		phone.post("/api/portal/auth/activation", Map.of("ticket", ticket, "code", code, "password", PASSWORD))
			.expect(400);

		Person late = PortalPeople.of(this.port, DAYUN, 3);
		String lateTicket = phone.post("/api/portal/auth/activation-code", codeRequest(late))
			.expect(200)
			.json()
			.get("ticket")
			.asString();
		// Five minutes pass (the application's clock, not the database's).
		this.jdbc
			.sql("update portal.code_ticket set expires_at = created_at - interval '1 second' where ticket = :t::uuid")
			.param("t", lateTicket)
			.update();
		phone
			.post("/api/portal/auth/activation",
					Map.of("ticket", lateTicket, "code", lastCode(late.phone()), "password", PASSWORD))
			.expect(400);
	}

	@Test
	void aFileGetsAtMostOneCodeAMinuteAndAnAddressAtMostTwentyRequestsAnHour() {
		Person person = PortalPeople.of(this.port, XITANG, 24);
		ApiClient phone = from(this.port, "198.51.100.51");
		phone.post("/api/portal/auth/activation-code", codeRequest(person)).expect(200);
		phone.post("/api/portal/auth/activation-code", codeRequest(person)).expect(200);
		assertThat(texts(person.phone())).hasSize(1);

		ApiClient sweeper = from(this.port, "198.51.100.52");
		for (int i = 0; i < 20; i++) {
			sweeper
				.post("/api/portal/auth/activation-code",
						Map.of("name", "王某某", "idNumber", idNumber("330421", "19500101", 100 + i), "phone",
								"13800000977"))
				.expect(200);
		}
		JsonNode refused = sweeper
			.post("/api/portal/auth/activation-code",
					Map.of("name", "王某某", "idNumber", idNumber("330421", "19500101", 200), "phone", "13800000977"))
			.expect(429)
			.json();
		assertThat(refused.get("detail").asString()).contains("过于频繁");
	}

	@Test
	void fiveWrongPasswordsPauseSignInsOfThatAccountFromThatAddress() {
		Person person = PortalPeople.of(this.port, DAYUN, 5);
		PortalPeople.signUp(from(this.port, "198.51.100.61"), person, PASSWORD);
		ApiClient guesser = from(this.port, "198.51.100.62");
		for (int i = 0; i < 5; i++) {
			JsonNode wrong = guesser
				.post("/api/portal/auth/login", Map.of("idNumber", person.idNumber(), "password", "Wrong2026!" + i))
				.expect(401)
				.json();
			assertThat(wrong.get("detail").asString()).isEqualTo("身份证号或密码错误");
		}
		guesser.post("/api/portal/auth/login", Map.of("idNumber", person.idNumber(), "password", PASSWORD)).expect(429);
		// The person's own phone elsewhere is not locked out.
		from(this.port, "198.51.100.63")
			.post("/api/portal/auth/login", Map.of("idNumber", person.idNumber(), "password", PASSWORD))
			.expect(200);
		// An unknown ID number gets the same answer as a wrong password.
		JsonNode unknown = guesser
			.post("/api/portal/auth/login",
					Map.of("idNumber", idNumber("330421", "19500101", 300), "password", "Wrong2026!"))
			.expect(401)
			.json();
		assertThat(unknown.get("detail").asString()).isEqualTo("身份证号或密码错误");
	}

	@Test
	void theDemoPortalAccountsOfTheReadmeSignInWithTheDemoPassword() {
		Map<String, String> readme = Map.of("330421197706013594", "韩旭", "330421199303253154", "薛鑫");
		readme.forEach((idNumber, name) -> {
			ApiClient phone = from(this.port, "198.51.100.99");
			JsonNode me = phone
				.post("/api/portal/auth/login",
						Map.of("idNumber", idNumber, "password", DemoPortalAccounts.DEMO_PASSWORD))
				.expect(200)
				.json();
			assertThat(me.get("name").asString()).isEqualTo(name);
		});
	}

	/** As when the file is merged into another that has its own account. */
	@Test
	void aDisabledAccountsOpenSessionEndsAtItsNextRequest() {
		Person person = PortalPeople.of(this.port, XITANG, 26);
		ApiClient phone = from(this.port, "198.51.100.71");
		PortalPeople.signUp(phone, person, PASSWORD);
		phone.get("/api/portal/file").expect(200);
		this.jdbc.sql("""
				update portal.account set status = 'DISABLED', security_version = security_version + 1
				where veteran_id = :v
				""").param("v", person.id()).update();
		phone.get("/api/portal/file").expect(401);
		from(this.port, "198.51.100.72")
			.post("/api/portal/auth/login", Map.of("idNumber", person.idNumber(), "password", PASSWORD))
			.expect(401);
	}

}
