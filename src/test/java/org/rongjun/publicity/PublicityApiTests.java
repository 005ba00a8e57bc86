package org.rongjun.publicity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.honors.HonorsFixtures;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.Today.TODAY;

/** Policy articles: drafted and published by staff, read in the region and below. */
@IntegrationTest
@CalendarSensitive
class PublicityApiTests {

	@LocalServerPort
	int port;

	@Test
	void aCountyArticleReachesTownshipReadersOnceItIsPublishedAndATownshipArticleStaysInItsTownship() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		long countyArticle = county.post("/api/publicity/articles", article("县级政策解读", List.of("PORTAL")))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		assertThat(feedTitles(xitang)).doesNotContain("县级政策解读");
		xitang.get("/api/publicity/feed/" + countyArticle).expect(404);

		JsonNode published = county.post("/api/publicity/articles/" + countyArticle + "/publication", Map.of())
			.expect(200)
			.json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("publishDate").asString()).isEqualTo(TODAY.toString());
		assertThat(feedTitles(xitang)).contains("县级政策解读");
		assertThat(feedTitles(dayun)).contains("县级政策解读");
		xitang.get("/api/publicity/feed/" + countyArticle).expect(200);

		long townArticle = xitang.post("/api/publicity/articles", article("西塘镇政策通知", List.of("PORTAL")))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		xitang.post("/api/publicity/articles/" + townArticle + "/publication", Map.of()).expect(200);
		assertThat(feedTitles(county)).contains("西塘镇政策通知");
		assertThat(feedTitles(dayun)).doesNotContain("西塘镇政策通知");
		dayun.get("/api/publicity/articles/" + townArticle).expect(404);
		xitang.put("/api/publicity/articles/" + countyArticle, article("篡改", List.of("PORTAL"))).expect(404);
	}

	@Test
	void onlyDraftsAreEditedAWithdrawnArticleLeavesTheFeedAndTheSmsChannelNeedsASummary() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		Map<String, Object> sms = article("短信政策", List.of("PORTAL", "SMS"));
		JsonNode problem = county.post("/api/publicity/articles", sms).expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("summary");
		sms.put("summary", "新政策已发布，详见门户。");
		long id = county.post("/api/publicity/articles", sms).expect(201).json().get("id").asLong();
		county.post("/api/publicity/articles/" + id + "/publication", Map.of()).expect(200);
		county.put("/api/publicity/articles/" + id, sms).expect(409);
		county.post("/api/publicity/articles/" + id + "/withdrawal", Map.of()).expect(200);
		assertThat(feedTitles(county)).doesNotContain("短信政策");

		long scheduled = county
			.post("/api/publicity/articles", withDate(article("明日政策", List.of("PORTAL")), TODAY.plusDays(1)))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		county.post("/api/publicity/articles/" + scheduled + "/publication", Map.of()).expect(200);
		assertThat(feedTitles(county)).doesNotContain("明日政策");
		long noChannel = county.post("/api/publicity/articles", article("无渠道", List.of()))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		county.post("/api/publicity/articles/" + noChannel + "/publication", Map.of()).expect(400);
	}

	@Test
	void anArticlesDocumentIsReadThroughTheFeedWhereverTheArticleReaches() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long id = county.post("/api/publicity/articles", article("附件政策", List.of("PORTAL")))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		byte[] pdf = "%PDF-1.4\n% 政策原文\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String attachment = HonorsFixtures
			.upload(this.port, county, "/api/publicity/articles/" + id + "/attachments", "政策原文.pdf", pdf)
			.expect(201)
			.json()
			.get("id")
			.asString();
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		xitang.get("/api/publicity/feed/" + id + "/attachments").expect(404);
		county.post("/api/publicity/articles/" + id + "/publication", Map.of()).expect(200);
		assertThat(xitang.get("/api/publicity/feed/" + id + "/attachments").expect(200).json().size()).isEqualTo(1);
		ApiClient.Response file = xitang.get("/api/publicity/feed/" + id + "/attachments/" + attachment).expect(200);
		assertThat(file.contentType()).startsWith("application/pdf");
		xitang.get("/api/publicity/articles/" + id + "/attachments").expect(404);
	}

	private static List<String> feedTitles(ApiClient client) {
		return client.get("/api/publicity/feed?size=200").expect(200).json().get("items").findValuesAsString("title");
	}

	private static Map<String, Object> article(String title, List<String> channels) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("title", title);
		draft.put("body", title + "的正文。");
		draft.put("channels", channels);
		return draft;
	}

	private static Map<String, Object> withDate(Map<String, Object> draft, LocalDate date) {
		draft.put("publishDate", date.toString());
		return draft;
	}

}
