package org.rongjun.petitions;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.petitions.PetitionFixtures.answer;
import static org.rongjun.petitions.PetitionFixtures.clock;
import static org.rongjun.petitions.PetitionFixtures.letter;
import static org.rongjun.petitions.PetitionFixtures.register;

/**
 * A petition's way through the desk on fixed dates of 2026, every deadline counted by
 * hand on the official arrangement (信访工作条例 Art 23, 34, 35, 36; 民法典 Art 201, 203). The
 * dates lie before the tests' day, so the outcome does not depend on it.
 */
@IntegrationTest
class PetitionJourneyApiTests {

	@LocalServerPort
	int port;

	@Test
	void aClaimGoesFromIntakeThroughReviewToClosureOnTheStatutoryClocks() throws IOException {
		ApiClient desk = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient leader = ApiClient.loggedIn(this.port, "county.checker");
		long id = register(desk, letter("周信访", "2026-02-01", "CLAIM", "BENEFITS"));
		JsonNode registered = desk.get("/api/petitions/" + id).expect(200).json();
		assertThat(registered.get("registrationNo").asString()).matches("330421-XF-\\d{4}-\\d{5}");
		assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
		assertThat(registered.get("petitioner").get("phoneMask").asString()).matches("138\\*{4}\\d{4}");
		assertThat(registered.toString()).doesNotContain("13800000");
		// Art 23 ¶2: 15日 from Sun 02-01 ends Mon 02-16, in 春节 → Tue 02-24
		assertThat(clock(registered, "NOTICE").get("dueOn").asString()).isEqualTo("2026-02-24");

		JsonNode accepted = desk
			.post("/api/petitions/" + id + "/acceptance",
					Map.of("acceptedOn", "2026-02-10", "procedureNote", "由县退役军人事务局优抚股调查核实后书面答复"))
			.expect(200)
			.json();
		assertThat(accepted.get("status").asString()).isEqualTo("HANDLING");
		assertThat(clock(accepted, "NOTICE").get("state").asString()).isEqualTo("MET");
		// Art 34: 60日 from Tue 02-10 ends Sat 04-11 → Mon 04-13
		assertThat(clock(accepted, "HANDLING").get("dueOn").asString()).isEqualTo("2026-04-13");

		// Art 34: an extension needs the leader; the asker cannot approve it, and at most
		// 30 days
		desk.post("/api/petitions/" + id + "/extension",
				Map.of("days", 31, "reason", "需调取档案", "requestedOn", "2026-04-01"))
			.expect(400);
		desk.post("/api/petitions/" + id + "/extension",
				Map.of("days", 30, "reason", "需到外省调取入伍档案", "requestedOn", "2026-04-01"))
			.expect(200);
		assertThat(desk
			.post("/api/petitions/" + id + "/extension/decision", Map.of("approve", true, "decidedOn", "2026-04-02"))
			.json()
			.get("code")
			.asString()).isEqualTo("ACCESS_DENIED");
		JsonNode extended = leader
			.post("/api/petitions/" + id + "/extension/decision", Map.of("approve", true, "decidedOn", "2026-04-02"))
			.expect(200)
			.json();
		// 90日 from 02-10 ends Mon 05-11
		assertThat(clock(extended, "HANDLING").get("dueOn").asString()).isEqualTo("2026-05-11");
		assertThat(clock(extended, "HANDLING").get("extensionDays").asInt()).isEqualTo(30);
		assertThat(pdfText(desk, id, "extension")).contains("延长30日").contains("2026年5月11日");

		// Art 32: a claim's opinion states its legal basis
		Map<String, Object> noBasis = new HashMap<>(answer("SUPPORTED", "2026-04-28"));
		noBasis.remove("legalBasis");
		assertThat(desk.post("/api/petitions/" + id + "/answer", noBasis).expect(400).json().toString())
			.contains("legalBasis");
		JsonNode answered = desk.post("/api/petitions/" + id + "/answer", answer("SUPPORTED", "2026-04-28"))
			.expect(200)
			.json();
		assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
		assertThat(clock(answered, "HANDLING").get("state").asString()).isEqualTo("MET");
		String opinion = pdfText(desk, id, "opinion");
		assertThat(opinion).contains("信访处理意见书", "投诉请求", "事实和理由", "处理意见：予以支持", "法律法规依据", "军人抚恤优待条例", "30日内", "复查");

		// Art 35: 30 days from receiving the answer; Thu 04-30 + 30 = Sat 05-30 → Mon
		// 06-01
		JsonNode delivered = desk
			.post("/api/petitions/" + id + "/deliveries", Map.of("stage", "HANDLING", "deliveredOn", "2026-04-30"))
			.expect(200)
			.json();
		assertThat(clock(delivered, "REVIEW_REQUEST").get("dueOn").asString()).isEqualTo("2026-06-01");
		JsonNode late = desk
			.post("/api/petitions/" + id + "/review-requests",
					Map.of("stage", "REVIEW", "requestedOn", "2026-06-02", "reviewingBody", "嘉兴市退役军人事务局"))
			.expect(409)
			.json();
		assertThat(late.get("code").asString()).isEqualTo("REQUEST_PERIOD_OVER");
		JsonNode inReview = desk
			.post("/api/petitions/" + id + "/review-requests",
					Map.of("stage", "REVIEW", "requestedOn", "2026-05-11", "reviewingBody", "嘉兴市退役军人事务局"))
			.expect(200)
			.json();
		assertThat(inReview.get("status").asString()).isEqualTo("IN_REVIEW");
		// Art 35: 30日 from Mon 05-11 → Wed 06-10
		assertThat(clock(inReview, "REVIEW").get("dueOn").asString()).isEqualTo("2026-06-10");

		// whoever answered first does not write the 复查 opinion
		assertThat(desk.post("/api/petitions/" + id + "/review-opinions/REVIEW", answer("SUPPORTED", "2026-06-05"))
			.json()
			.get("status")
			.asInt()).isIn(403, 409);
		Map<String, Object> reviewAnswer = new HashMap<>(answer("SUPPORTED", "2026-06-05"));
		reviewAnswer.put("deliveredOn", "2026-06-08");
		JsonNode reviewed = leader.post("/api/petitions/" + id + "/review-opinions/REVIEW", reviewAnswer)
			.expect(200)
			.json();
		assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
		assertThat(clock(reviewed, "REVIEW").get("state").asString()).isEqualTo("MET");
		// Mon 06-08 + 30 = Wed 07-08
		assertThat(clock(reviewed, "RECHECK_REQUEST").get("dueOn").asString()).isEqualTo("2026-07-08");
		assertThat(pdfText(desk, id, "review-opinion")).contains("复查意见书", "复核");

		// closing waits for satisfaction or the end of the 复核 window
		desk.post("/api/petitions/" + id + "/evaluations",
				Map.of("stage", "REVIEW", "satisfaction", "SATISFIED", "comment", "已补发，满意"))
			.expect(200);
		JsonNode closed = desk.post("/api/petitions/" + id + "/closure", Map.of("reason", "信访人满意")).expect(200).json();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		List<String> actions = closed.get("timeline").findValuesAsString("action");
		assertThat(actions).contains("登记", "受理并书面告知", "批准延期30日并告知信访人延期理由", "出具信访处理意见书", "请求复查", "出具复查意见书", "办结归档");
	}

	@Test
	void hearingDaysAreLeftOutOfTheRecheckAndTheSameMatterIsNotAcceptedAfterIt() {
		ApiClient desk = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient leader = ApiClient.loggedIn(this.port, "county.checker");
		ApiClient third = PetitionFixtures.thirdCountyOfficer(this.port);
		long veteran = desk.get("/api/registry/veterans?size=1&q=")
			.expect(200)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		Map<String, Object> body = letter("ignored", "2026-01-05", "CLAIM", "HOUSING");
		body.remove("petitionerName");
		body.remove("regionCode");
		body.put("veteranId", veteran);
		body.put("address", "嘉善县某镇某村1号");
		long id = register(desk, body);
		desk.post("/api/petitions/" + id + "/acceptance", Map.of("acceptedOn", "2026-01-06", "procedureNote", "调查核实"))
			.expect(200);
		Map<String, Object> first = new HashMap<>(answer("NOT_SUPPORTED", "2026-01-20"));
		first.put("deliveredOn", "2026-01-21");
		desk.post("/api/petitions/" + id + "/answer", first).expect(200);
		desk.post("/api/petitions/" + id + "/review-requests",
				Map.of("stage", "REVIEW", "requestedOn", "2026-02-01", "reviewingBody", "嘉兴市退役军人事务局"))
			.expect(200);
		Map<String, Object> review = new HashMap<>(answer("NOT_SUPPORTED", "2026-02-10"));
		review.put("deliveredOn", "2026-02-11");
		leader.post("/api/petitions/" + id + "/review-opinions/REVIEW", review).expect(200);
		JsonNode inRecheck = desk
			.post("/api/petitions/" + id + "/review-requests",
					Map.of("stage", "RECHECK", "requestedOn", "2026-02-25", "reviewingBody", "浙江省退役军人事务厅"))
			.expect(200)
			.json();
		// Art 36: 30日 from Wed 02-25 → Fri 03-27
		assertThat(clock(inRecheck, "RECHECK").get("dueOn").asString()).isEqualTo("2026-03-27");
		JsonNode heard = third
			.post("/api/petitions/" + id + "/hearings",
					Map.of("from", "2026-03-02", "to", "2026-03-06", "note", "公开听证"))
			.expect(200)
			.json();
		// Art 36 ¶2: the five hearing days are not counted → Wed 04-01
		assertThat(clock(heard, "RECHECK").get("dueOn").asString()).isEqualTo("2026-04-01");
		assertThat(clock(heard, "RECHECK").get("pausedDays").asInt()).isEqualTo(5);
		leader.post("/api/petitions/" + id + "/review-opinions/RECHECK", answer("NOT_SUPPORTED", "2026-03-30"))
			.expect(409);
		JsonNode fin = third
			.post("/api/petitions/" + id + "/review-opinions/RECHECK", answer("NOT_SUPPORTED", "2026-03-30"))
			.expect(200)
			.json();
		assertThat(fin.get("status").asString()).isEqualTo("FINAL");

		// Art 36 ¶3: the same person on the same matter is not accepted again
		Map<String, Object> again = new HashMap<>(body);
		again.put("receivedOn", "2026-04-10");
		long repeat = register(desk, again);
		JsonNode repeated = desk.get("/api/petitions/" + repeat).expect(200).json();
		assertThat(repeated.get("repeatOf").asLong()).isEqualTo(id);
		JsonNode refused = desk
			.post("/api/petitions/" + repeat + "/acceptance", Map.of("acceptedOn", "2026-04-11", "procedureNote", "x"))
			.expect(409)
			.json();
		assertThat(refused.get("code").asString()).isEqualTo("RECHECK_FINAL");
		JsonNode notAccepted = desk
			.post("/api/petitions/" + repeat + "/non-acceptance",
					Map.of("reason", "FINAL_AFTER_RECHECK", "note", "该事项已经浙江省退役军人事务厅复核终结"))
			.expect(200)
			.json();
		assertThat(notAccepted.get("status").asString()).isEqualTo("NOT_ACCEPTED");
	}

	@Test
	void aGroupThatVisitsSendsAtMostFiveRepresentatives() {
		ApiClient desk = ApiClient.loggedIn(this.port, "county.staff");
		Map<String, Object> body = letter("钱群访", "2026-03-03", "CLAIM", "RESETTLEMENT");
		body.put("channel", "VISIT");
		body.put("headcount", 30);
		JsonNode none = desk.post("/api/petitions", body).expect(400).json();
		assertThat(none.get("errors").get(0).get("field").asString()).isEqualTo("representatives");
		body.put("representatives", List.of(Map.of("name", "甲"), Map.of("name", "乙"), Map.of("name", "丙"),
				Map.of("name", "丁"), Map.of("name", "戊"), Map.of("name", "己")));
		JsonNode six = desk.post("/api/petitions", body).expect(400).json();
		assertThat(six.get("errors").get(0).get("message").asString()).contains("不得超过5人");
		body.put("representatives", List.of(Map.of("name", "甲", "phone", "13900001111"), Map.of("name", "乙")));
		JsonNode group = desk.post("/api/petitions", body).expect(201).json();
		assertThat(group.get("representatives").size()).isEqualTo(2);
		assertThat(group.get("representatives").get(0).get("phoneMask").asString()).isEqualTo("139****1111");
	}

	@Test
	void aTransferredCaseMayBeObjectedToOnlyWithinFiveWorkingDays() {
		ApiClient desk = ApiClient.loggedIn(this.port, "county.staff");
		Map<String, Object> body = letter("孙转办", "2026-02-12", "CLAIM", "MEDICAL");
		body.put("channel", "TRANSFERRED");
		body.put("sourceOrg", "嘉善县信访局");
		long id = register(desk, body);
		JsonNode registered = desk.get("/api/petitions/" + id).expect(200).json();
		// Art 23 ¶3: 5个工作日 from Thu 02-12: 13, 14 (调休), 24, 25, 26 → Thu 02-26
		assertThat(clock(registered, "OBJECTION").get("dueOn").asString()).isEqualTo("2026-02-26");
		JsonNode late = desk.post("/api/petitions/" + id + "/objection", Map.of("reason", "不属于本机关职权"))
			.expect(409)
			.json();
		assertThat(late.get("code").asString()).isEqualTo("OBJECTION_PERIOD_OVER");
	}

	private String pdfText(ApiClient client, long id, String kind) throws IOException {
		HttpResponse<byte[]> pdf = client.download("/api/petitions/" + id + "/letters/" + kind + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			// the letter carries its font (ADR 0013): it prints the same everywhere
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
			}
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

}
