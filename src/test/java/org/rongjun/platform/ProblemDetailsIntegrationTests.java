package org.rongjun.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProblemDetailsIntegrationTests {

	/** Fails on a second document after the first, as a client reading one body would. */
	private static final JsonMapper ONE_DOCUMENT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@LocalServerPort
	int port;

	@Test
	void anonymousApiCallsGetAChineseProblemDetail() {
		var response = new ApiClient(this.port).get("/api/organization/stations");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo("AUTH_REQUIRED");
		assertThat(response.json().get("detail").asString()).isEqualTo("请先登录");
	}

	@Test
	void malformedJsonIsABadRequestWithoutInternals() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.postRaw("/api/organization/stations", "{\"name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unknownApiPathsAreNotFoundProblems() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.get("/api/organization/nothing-here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void aBadPathVariableIsABadRequest() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.get("/api/organization/stations/abc");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void aWrongMethodIsAChineseProblem() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.put("/api/auth/csrf", Map.of());
		assertThat(response.status()).isEqualTo(405);
		assertOneChineseProblem(response.contentType(), response.body(), "METHOD_NOT_ALLOWED");
	}

	@Test
	void anUnsupportedContentTypeIsAChineseProblem() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.postText("/api/organization/stations", "text/plain", "name=x");
		assertThat(response.status()).isEqualTo(415);
		assertOneChineseProblem(response.contentType(), response.body(), "UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void anEncodedQuoteInAPathVariableIsAChineseProblem() {
		ApiClient client = ApiClient.loggedIn(this.port, "county.staff");
		var response = client.get("/api/registry/dictionaries/%22");
		assertThat(response.status()).isEqualTo(404);
		assertOneChineseProblem(response.contentType(), response.body(), "NOT_FOUND");
	}

	@Test
	void theErrorPageAskedForDirectlyIsANotFoundProblem() {
		var response = new ApiClient(this.port).get("/error");
		assertThat(response.status()).isEqualTo(404);
		assertOneChineseProblem(response.contentType(), response.body(), "NOT_FOUND");
	}

	/**
	 * Paths Spring Security's firewall refuses ({@code ;}, {@code %25}) and paths Tomcat
	 * refuses before any servlet runs (an encoded slash or backslash, a raw quote, a
	 * malformed method, a header over the limit).
	 */
	@ParameterizedTest
	@MethodSource("refusedRequests")
	void requestsRefusedBeforeTheApplicationAreChineseProblems(String requestLine) throws IOException {
		RawResponse response = raw(requestLine);
		assertThat(response.status()).isEqualTo(400);
		assertOneChineseProblem(response.contentType(), response.body(), "VALIDATION_FAILED");
		assertThat(response.body()).contains("不允许的字符");
	}

	static Stream<String> refusedRequests() {
		return Stream.of("GET /api/registry/dictionaries/a;b HTTP/1.1", "GET /api/registry/dictionaries/a%25b HTTP/1.1",
				"GET /api/registry/dictionaries/a%2Fb HTTP/1.1", "GET /api/registry/dictionaries/a%5Cb HTTP/1.1",
				"GET /api/registry/dictionaries/a\"b HTTP/1.1", "GE(T /api/organization/stations HTTP/1.1",
				"GET /api/organization/stations HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000));
	}

	@Test
	void healthIsPublic() {
		var response = new ApiClient(this.port).get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("UP");
	}

	static void assertOneChineseProblem(String contentType, String body, String code) {
		assertThat(contentType).startsWith("application/problem+json");
		JsonNode problem = ONE_DOCUMENT.readTree(body);
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("detail").asString()).containsPattern("\\p{IsHan}");
		assertThat(body).doesNotContain("Exception").doesNotContain("<html");
	}

	record RawResponse(int status, String contentType, String body) {
	}

	/** Sends bytes the JDK's HTTP client would refuse to send, as a scanner would. */
	private RawResponse raw(String requestLine) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String head = response.substring(0, response.indexOf("\r\n\r\n"));
			String body = response.substring(head.length() + 4);
			if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = dechunked(body);
			}
			int status = Integer.parseInt(head.substring(9, 12));
			String contentType = head.lines()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
				.map((line) -> line.substring("content-type:".length()).strip())
				.findFirst()
				.orElse("");
			return new RawResponse(status, contentType, body);
		}
	}

	private static String dechunked(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
			if (size == 0) {
				return body.toString();
			}
			// sizes count bytes; the bodies here are UTF-8
			byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
			String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
			body.append(chunk);
			at = lineEnd + 2 + chunk.length() + 2;
		}
	}

}
