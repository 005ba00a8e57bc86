package org.rongjun.registry;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.XIJIE;
import static org.rongjun.registry.RegistryFixtures.idNumber;
import static org.rongjun.registry.RegistryFixtures.veteran;

/**
 * A person file's photo and attachments: stored through the attachments module, under the
 * registry's permissions and the caller's scope, downloads written to the audit log.
 */
@IntegrationTest
class VeteranFilesIntegrationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
			'F' };

	private static final byte[] PDF = "%PDF-1.4\n% 退役证\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Test
	void aPhotoIsShownInlineAndReplacedByTheNextOne() throws Exception {
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		long id = register(township);
		String photo = "/api/registry/veterans/" + id + "/photo";
		// no photo yet: nothing to show, not an error the browser logs
		assertThat(raw(township, "GET", photo, null, null).statusCode()).isEqualTo(204);

		assertThat(raw(township, "PUT", photo, "证件照.png", PNG).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> shown = raw(township, "GET", photo, null, null);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.headers().firstValue("content-type")).hasValue("image/png");
		assertThat(shown.headers().firstValue("content-disposition").orElse("")).startsWith("inline");
		assertThat(shown.body()).isEqualTo(PNG);

		assertThat(raw(township, "PUT", photo, "新照片.jpg", JPEG).statusCode()).isEqualTo(200);
		assertThat(raw(township, "GET", photo, null, null).body()).isEqualTo(JPEG);

		// Only JPG and PNG make a photo, and the content must be what the name says.
		assertThat(raw(township, "PUT", photo, "scan.pdf", PDF).statusCode()).isEqualTo(415);
		assertThat(raw(township, "PUT", photo, "fake.png", PDF).statusCode()).isEqualTo(415);
		assertThat(raw(township, "GET", photo, null, null).body()).isEqualTo(JPEG);

		assertThat(raw(township, "DELETE", photo, null, null).statusCode()).isEqualTo(204);
		assertThat(raw(township, "GET", photo, null, null).statusCode()).isEqualTo(204);
	}

	@Test
	void attachmentsAreUploadedListedDownloadedWithAnAuditEntryAndDeleted() throws Exception {
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		long id = register(township);
		String base = "/api/registry/veterans/" + id + "/attachments";

		HttpResponse<byte[]> uploaded = raw(township, "POST", base, "退役证.pdf", PDF);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		String attachmentId = json(uploaded).get("id").asString();
		JsonNode list = township.get(base).expect(200).json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("fileName").asString()).isEqualTo("退役证.pdf");

		HttpResponse<byte[]> downloaded = raw(township, "GET", base + "/" + attachmentId, null, null);
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(PDF);
		assertThat(downloaded.headers().firstValue("content-disposition").orElse("")).startsWith("attachment");
		JsonNode audit = ApiClient.loggedIn(this.port, "county.auditor")
			.get("/api/identity/audit?username=xitang.staff&size=50")
			.expect(200)
			.json();
		assertThat(audit.get("items").toString()).contains("download attachment " + attachmentId);

		assertThat(township.delete(base + "/" + attachmentId).status()).isEqualTo(204);
		assertThat(township.get(base).expect(200).json()).isEmpty();
		township.get(base + "/" + UUID.randomUUID()).expect(404);
	}

	@Test
	void filesFollowTheFilesScopeAndPermissions() throws Exception {
		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		long id = register(township);
		String base = "/api/registry/veterans/" + id + "/attachments";
		String attachmentId = json(raw(township, "POST", base, "退役证.pdf", PDF)).get("id").asString();

		ApiClient otherTownship = ApiClient.loggedIn(this.port, "dayun.staff");
		otherTownship.get(base).expect(404);
		assertThat(raw(otherTownship, "GET", base + "/" + attachmentId, null, null).statusCode()).isEqualTo(404);
		assertThat(raw(otherTownship, "POST", base, "x.pdf", PDF).statusCode()).isEqualTo(404);
		assertThat(raw(otherTownship, "GET", "/api/registry/veterans/" + id + "/photo", null, null).statusCode())
			.isEqualTo(404);

		// A village liaison reads the file but does not change it.
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		assertThat(village.get(base).expect(200).json()).hasSize(1);
		assertThat(raw(village, "POST", base, "x.pdf", PDF).statusCode()).isEqualTo(403);
		village.delete(base + "/" + attachmentId).expect(403);
	}

	@Test
	void aMergeMovesTheRetiredFilesAttachmentsAndPhotoToTheSurvivor() throws Exception {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long survivor = register(county);
		long merged = register(county);
		raw(county, "POST", "/api/registry/veterans/" + merged + "/attachments", "退役证.pdf", PDF);
		raw(county, "PUT", "/api/registry/veterans/" + merged + "/photo", "照片.png", PNG);

		county
			.post("/api/registry/merges",
					Map.of("survivorId", survivor, "mergedId", merged, "fieldsFromMerged", List.of()))
			.expect(201);

		JsonNode files = county.get("/api/registry/veterans/" + survivor + "/attachments").expect(200).json();
		assertThat(files).hasSize(1);
		assertThat(files.get(0).get("fileName").asString()).isEqualTo("退役证.pdf");
		assertThat(raw(county, "GET", "/api/registry/veterans/" + survivor + "/photo", null, null).body())
			.isEqualTo(PNG);
	}

	private static long register(ApiClient client) {
		return client.post("/api/registry/veterans", veteran("附件人", idNumber(), XIJIE))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private static JsonNode json(HttpResponse<byte[]> response) {
		return JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
	}

	/** A request with the session's cookies; a multipart {@code file} part when given. */
	private HttpResponse<byte[]> raw(ApiClient client, String method, String path, String fileName, byte[] content)
			throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
			.header("Cookie",
					"JSESSIONID=" + client.cookie("JSESSIONID") + "; XSRF-TOKEN=" + client.cookie("XSRF-TOKEN"));
		if (content != null) {
			String boundary = "----rongjun" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}
		else {
			builder.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
