package org.rongjun.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for tests: keeps cookies, echoes the XSRF-TOKEN cookie in
 * the X-XSRF-TOKEN header on writes, speaks JSON. One instance is one browser session.
 */
public final class ApiClient {

	public static final String INITIAL_PASSWORD = "Rongjun@2026";

	public static final String TEST_PASSWORD = "Test2026pass";

	/** Demo accounts whose first-login password change this JVM already did. */
	private static final Set<String> activated = new HashSet<>();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	public ApiClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

		public Response expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("expected HTTP " + expected + " but got " + this.status + ": " + this.body);
			}
			return this;
		}

		public JsonNode json() {
			return ApiClient.json.readTree(this.body);
		}

		public String contentType() {
			return this.headers.getOrDefault("content-type", java.util.List.of("")).get(0);
		}

	}

	/**
	 * Logs in as a demo account with a usable session: on the JVM's first login of that
	 * account it changes the initial password to {@link #TEST_PASSWORD}, as a real user
	 * must.
	 */
	public static ApiClient loggedIn(int port, String username) {
		return loggedIn(port, username, INITIAL_PASSWORD);
	}

	/**
	 * Logs in an account an administrator created with {@code initialPassword}, changing
	 * it at the first login as required.
	 */
	public static ApiClient loggedIn(int port, String username, String initialPassword) {
		ApiClient client = new ApiClient(port);
		synchronized (activated) {
			if (activated.contains(username)) {
				client.login(username, TEST_PASSWORD).expect(200);
			}
			else {
				client.login(username, initialPassword).expect(200);
				client.post("/api/auth/password", Map.of("oldPassword", initialPassword, "newPassword", TEST_PASSWORD))
					.expect(204);
				activated.add(username);
			}
		}
		return client;
	}

	/**
	 * Sends this header with every request, e.g. {@code X-Forwarded-For} to come from
	 * another address through the trusted local proxy.
	 */
	public ApiClient withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public Response login(String username, String password) {
		get("/api/auth/csrf");
		return post("/api/auth/login", Map.of("username", username, "password", password));
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	public Response post(String path, Object body) {
		return send(withBody(HttpRequest.newBuilder(URI.create(this.base + path)), "POST", body));
	}

	public Response put(String path, Object body) {
		return send(withBody(HttpRequest.newBuilder(URI.create(this.base + path)), "PUT", body));
	}

	public Response delete(String path) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(this.base + path))).DELETE());
	}

	/** Sends a text body (a CSV file) with its content type. */
	public Response postText(String path, String contentType, String body) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(this.base + path))).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** Sends a JSON text as it is, with extra headers (e.g. an Idempotency-Key). */
	public Response postJson(String path, String json, Map<String, String> headers) {
		HttpRequest.Builder builder = withCsrf(HttpRequest.newBuilder(URI.create(this.base + path)))
			.header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	/**
	 * Uploads one text file as the multipart part {@code part}, as a file input would.
	 */
	public Response postMultipart(String path, String part, String fileName, String content) {
		String boundary = "----rongjun" + java.util.UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return send(withCsrf(HttpRequest.newBuilder(URI.create(this.base + path)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** A download's status and bytes (a PDF), with the session's cookies. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends raw text as JSON, for malformed-input tests. */
	public Response postRaw(String path, String body) {
		return send(withCsrf(HttpRequest.newBuilder(URI.create(this.base + path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * Uploads one file as the multipart part {@code file}, as a browser's file input
	 * does.
	 */
	public Response postFile(String path, String fileName, String contentType, byte[] content) {
		String boundary = "----rongjun" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(withCsrf(HttpRequest.newBuilder(URI.create(this.base + path)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A write without the CSRF header, as a forged cross-site request would arrive. */
	public Response postWithoutCsrf(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, Object body) {
		return withCsrf(builder).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
		String token = cookie("XSRF-TOKEN");
		return token.isEmpty() ? builder : builder.header("X-XSRF-TOKEN", token);
	}

	private Response send(HttpRequest.Builder builder) {
		this.headers.forEach(builder::header);
		try {
			HttpResponse<String> response = this.http.send(
					builder.header("Accept", "application/json, application/problem+json").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
