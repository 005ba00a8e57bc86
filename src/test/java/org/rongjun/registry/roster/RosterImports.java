package org.rongjun.registry.roster;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload a roster as a clerk does, follow its job, download the error rows. */
final class RosterImports {

	private RosterImports() {
	}

	static JsonNode importAndWait(ApiClient clerk, int port, String fileName, byte[] content) throws Exception {
		String boundary = "----rongjun" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/registry/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-XSRF-TOKEN", clerk.cookie("XSRF-TOKEN"))
			.header("Cookie", "JSESSIONID=" + clerk.cookie("JSESSIONID") + "; XSRF-TOKEN=" + clerk.cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		long jobId = Long.parseLong(response.body().replaceAll("\\D", ""));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = clerk.get("/api/jobs/" + jobId).expect(200).json();
			if (!"RUNNING".equals(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import job " + jobId + " did not finish");
	}

	static byte[] download(ApiClient clerk, int port, long jobId) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/jobs/" + jobId + "/file"))
			.header("Cookie", "JSESSIONID=" + clerk.cookie("JSESSIONID"))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
