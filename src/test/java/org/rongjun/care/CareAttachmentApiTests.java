package org.rongjun.care;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.Today.TODAY;
import static org.rongjun.care.CareFixtures.register;

/**
 * Visit photos and campaign completion evidence: reachable exactly when the record is
 * (the caller's scope), stored through the attachments module.
 */
@IntegrationTest
@CalendarSensitive
class CareAttachmentApiTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R' };

	@LocalServerPort
	int port;

	ApiClient county;

	ApiClient xitang;

	ApiClient dayun;

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
	}

	@Test
	void aVisitPhotoIsListedAndDownloadedInScopeAndInvisibleToAnotherTownship() throws Exception {
		long veteran = register(this.xitang, "褚照片", "330421103212", false, "SELF_EMPLOYED");
		long visit = this.xitang
			.post("/api/care/visits",
					Map.of("veteranId", veteran, "kind", "HOME_VISIT", "visitedOn", TODAY.toString(), "visitors", "张伟"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		String path = "/api/care/visits/" + visit + "/attachments";
		HttpResponse<String> uploaded = upload(this.xitang, path, "走访.png");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String id = JsonMapper.builder().build().readTree(uploaded.body()).get("id").asString();

		List<JsonNode> files = this.xitang.get(path).expect(200).json().valueStream().toList();
		assertThat(files).hasSize(1);
		assertThat(files.get(0).get("fileName").asString()).isEqualTo("走访.png");
		ApiClient.Response download = this.xitang.get(path + "/" + id).expect(200);
		assertThat(download.contentType()).startsWith("image/png");

		this.dayun.get(path).expect(404);
		this.dayun.get(path + "/" + id).expect(404);
		assertThat(upload(this.dayun, path, "x.png").statusCode()).isEqualTo(404);
	}

	@Test
	void completionEvidenceBelongsToItsTargetOnly() throws Exception {
		register(this.county, "俞证据", "330421103213", true, "SELF_EMPLOYED");
		long campaign = this.county
			.post("/api/care/campaigns",
					Map.of("kind", "SPRING_FESTIVAL", "year", 2090, "name", "证据测试", "regionCode", "330421103213",
							"startsOn", TODAY.minusDays(5).toString(), "endsOn", TODAY.plusDays(5).toString(),
							"budgetFen", 10_000_000L, "standards",
							List.of(Map.of("targetType", "HARDSHIP_VETERAN", "amountFen", 50000))))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		List<JsonNode> targets = this.xitang.get("/api/care/campaigns/" + campaign + "/targets?size=200")
			.expect(200)
			.json()
			.get("items")
			.valueStream()
			.toList();
		String evidence = "/api/care/campaigns/" + campaign + "/targets/" + targets.get(0).get("id").asLong()
				+ "/evidence";
		HttpResponse<String> uploaded = upload(this.xitang, evidence, "签收单.png");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String id = JsonMapper.builder().build().readTree(uploaded.body()).get("id").asString();
		this.county.get(evidence + "/" + id).expect(200);
		if (targets.size() > 1) {
			String other = "/api/care/campaigns/" + campaign + "/targets/" + targets.get(1).get("id").asLong()
					+ "/evidence/" + id;
			this.county.get(other).expect(404);
		}
		this.dayun.get(evidence).expect(404);
	}

	private HttpResponse<String> upload(ApiClient client, String path, String fileName)
			throws IOException, InterruptedException {
		String boundary = "----rongjun" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(PNG);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
			.header("Cookie",
					"JSESSIONID=" + client.cookie("JSESSIONID") + "; XSRF-TOKEN=" + client.cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
