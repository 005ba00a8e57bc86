package org.rongjun.portal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.rongjun.messaging.MessagingTestServers;
import org.rongjun.messaging.SmscSimulator;
import org.rongjun.support.ApiClient;
import org.rongjun.support.PaymentRunsApi;

/**
 * Real people of the demo county for portal tests: their name, ID number and the mobile
 * number on file, as county staff read them (the full numbers through the audited
 * reveal), and the codes the SMSC simulator received for them.
 */
final class PortalPeople {

	record Person(long id, String name, String idNumber, String phone, String regionCode) {
	}

	private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");

	private PortalPeople() {
	}

	/**
	 * The living person with a phone at {@code index} of a township's files (distinct per
	 * test); other tests' files without a phone are passed over.
	 */
	static Person of(int port, String township, int index) {
		ApiClient county = ApiClient.loggedIn(port, "county.staff");
		JsonNode items = county.get("/api/registry/veterans?regionCode=" + township + "&page=" + index + "&size=10")
			.expect(200)
			.json()
			.get("items");
		for (JsonNode item : items) {
			if (item.get("deathDate").isNull() && item.hasNonNull("phoneMasked")) {
				long id = item.get("id").asLong();
				return new Person(id, item.get("name").asString(), reveal(county, id, "idNumber"),
						reveal(county, id, "phone"), item.get("householdRegionCode").asString());
			}
		}
		throw new IllegalStateException("no living person on page " + index + " of " + township);
	}

	static Person byId(int port, long id) {
		ApiClient county = ApiClient.loggedIn(port, "county.staff");
		JsonNode file = county.get("/api/registry/veterans/" + id).expect(200).json();
		return new Person(id, file.get("name").asString(), reveal(county, id, "idNumber"), reveal(county, id, "phone"),
				file.get("householdRegionCode").asString());
	}

	private static String reveal(ApiClient county, long id, String field) {
		return county.post("/api/registry/veterans/" + id + "/reveal", Map.of("field", field))
			.expect(200)
			.json()
			.get("value")
			.asString();
	}

	/**
	 * A disability pension run of the county for {@code month} (YYYY-MM), prepared by one
	 * person, approved by another, exported and reconciled with the bank's answer: the
	 * line at {@code index} failed with {@code reason}, the others paid. Answers the
	 * failed line's file (tests pass distinct indexes, so that each gets a person of its
	 * own).
	 */
	static long runWithOneFailure(int port, String month, String reason, int index) throws InterruptedException {
		ApiClient maker = ApiClient.loggedIn(port, "county.staff");
		long run = maker
			.post("/api/benefits/runs", Map.of("benefitType", "DISABILITY_PENSION", "regionCode", "330421000000",
					"firstMonth", month, "months", 1))
			.expect(202)
			.json()
			.get("id")
			.asLong();
		PaymentRunsApi.awaitPrepared(maker, run);
		ApiClient.loggedIn(port, "county.checker").post("/api/benefits/runs/" + run + "/approve", Map.of()).expect(200);
		maker.post("/api/benefits/runs/" + run + "/export", Map.of()).expect(200);
		JsonNode first = maker.get("/api/benefits/runs/" + run + "/lines?size=1&page=" + index)
			.expect(200)
			.json()
			.get("items")
			.get(0);
		if (first == null) {
			throw new IllegalStateException("run " + run + " of " + month + " has no line " + index);
		}
		String failed = first.get("reference").asString();
		StringBuilder answer = new StringBuilder("reference,status,reason\n");
		for (String record : maker.get("/api/benefits/runs/" + run + "/bank-file?format=CSV")
			.expect(200)
			.body()
			.lines()
			.skip(1)
			.toList()) {
			String reference = record.split(",")[0];
			answer.append(reference).append(reference.equals(failed) ? ",FAILED," + reason : ",PAID,").append('\n');
		}
		maker.postText("/api/benefits/runs/" + run + "/bank-return", "text/csv", answer.toString()).expect(200);
		return first.get("veteranId").asLong();
	}

	/**
	 * The portal's texts to this phone (campaigns of other tests, e.g. greetings, may
	 * text the same person).
	 */
	static List<SmscSimulator.Received> texts(String phone) {
		return MessagingTestServers.smsc()
			.receivedBy(phone)
			.stream()
			.filter((text) -> text.text().startsWith("【荣军】"))
			.toList();
	}

	/** The code of the last text to this phone. */
	static String lastCode(String phone) {
		List<SmscSimulator.Received> texts = texts(phone);
		Matcher code = CODE.matcher(texts.get(texts.size() - 1).text());
		if (!code.find()) {
			throw new AssertionError("no code in " + texts.get(texts.size() - 1).text());
		}
		return code.group(1);
	}

	/**
	 * A browser-like client from its own source address (the app trusts the loopback
	 * proxy).
	 */
	static ApiClient from(int port, String address) {
		ApiClient client = new ApiClient(port).withHeader("X-Forwarded-For", address);
		client.get("/api/auth/csrf");
		return client;
	}

	static Map<String, String> codeRequest(Person person) {
		return Map.of("name", person.name(), "idNumber", person.idNumber(), "phone", person.phone());
	}

	/** Opens the person's account from this client and leaves it signed in. */
	static JsonNode signUp(ApiClient client, Person person, String password) {
		String ticket = client.post("/api/portal/auth/activation-code", codeRequest(person))
			.expect(200)
			.json()
			.get("ticket")
			.asString();
		return client
			.post("/api/portal/auth/activation",
					Map.of("ticket", ticket, "code", lastCode(person.phone()), "password", password))
			.expect(200)
			.json();
	}

}
