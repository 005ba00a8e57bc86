package org.rongjun.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * 200 signed-in staff of the demo county working for five minutes (issue 14 item 7): each
 * session logs in, opens the home page, then repeats, with 0–1 s to think between steps:
 * a name search (25 %), a person's file with beneficiaries and family (20 %), a page of
 * the big payment run's lines (15 %, county staff; most look at the first pages, one in
 * ten jumps anywhere), the to-do board (15 %), the visit countdown (15 %) and recording a
 * contact (10 %, a write with an Idempotency-Key). Sessions are spread over the demo
 * accounts of the county, two townships and a village, so the data scopes vary.
 * <p>
 * Against the app of {@link LoadTestApplication}:
 * {@code ./mvnw -Pload test-compile gatling:test} (the URL is read from
 * {@code target/load-app.url}, or {@code -Dload.baseUrl=}); {@code -Dload.users=},
 * {@code -Dload.seconds=} change the load. The HTML report is written under
 * {@code target/gatling/}. The goal is the assertions: no errors, p95 ≤ 1 s, the to-do
 * board p95 ≤ 500 ms.
 */
public class StaffLoadSimulation extends Simulation {

	static final String BASE_URL = baseUrl();

	static final int USERS = Integer.getInteger("load.users", 200);

	static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 300));

	static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp-seconds", 30));

	static final String INITIAL_PASSWORD = "Rongjun@2026";

	static final String PASSWORD = System.getProperty("load.password", "LoadTest@2026");

	/**
	 * Sessions per account, in this proportion: three county, two township, one village.
	 */
	static final List<String> ACCOUNTS = List.of("county.staff", "county.staff", "county.checker", "county.checker",
			"xitang.staff", "xitang.staff", "dayun.staff", "dayun.staff", "xijie.staff", "county.staff");

	/**
	 * What people type into the search box: a surname, two characters, pinyin initials.
	 */
	static final List<String> TERMS = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "王建",
			"李强", "张伟", "陈", "zh", "wj", "lq", "wang", "li", "chen", "zhang", "sun", "单", "曾");

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json, application/problem+json")
		.contentTypeHeader("application/json")
		.shareConnections()
		.disableCaching();

	ChainBuilder login = exec(http("csrf").get("/api/auth/csrf")).exec(getCookieValue(CookieKey("XSRF-TOKEN")))
		.exec(http("login").post("/api/auth/login")
			.header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
			.body(StringBody("{\"username\":\"#{username}\",\"password\":\"" + PASSWORD + "\"}"))
			.check(status().is(200), jsonPath("$.permissions[*]").findAll().saveAs("permissions")))
		.exec(getCookieValue(CookieKey("XSRF-TOKEN")));

	ChainBuilder home = exec(http("me").get("/api/auth/me")).exec(workbench());

	ChainBuilder firstLook = exec((session) -> session.set("idsPage", ThreadLocalRandom.current().nextInt(20)))
		.exec(http("veterans").get("/api/registry/veterans?page=#{idsPage}&size=100")
			.check(jsonPath("$.items[*].id").ofLong().findAll().saveAs("veteranIds")))
		.doIf((session) -> may(session, "benefits:run:list"))
		.then(exec(http("runs").get("/api/benefits/runs?benefitType=LIVING_SUBSIDY&size=1")
			.check(jsonPath("$.items[0].id").ofLong().optional().saveAs("runId"),
					jsonPath("$.items[0].lineCount").ofLong().optional().saveAs("lineCount"))));

	ChainBuilder search = exec((session) -> session.set("term", pick(TERMS)))
		.exec(http("search").get("/api/registry/veterans").queryParam("q", "#{term}").queryParam("size", "20"));

	ChainBuilder personFile = exec((session) -> session.set("veteranId", pick(session.getList("veteranIds"))))
		.exec(http("person").get("/api/registry/veterans/#{veteranId}"))
		.exec(http("person beneficiaries").get("/api/registry/veterans/#{veteranId}/beneficiaries"))
		.exec(http("person family").get("/api/registry/veterans/#{veteranId}/family-members"));

	ChainBuilder runLines = exec((session) -> session.set("linesPage", linesPage(session)))
		.exec(http("run lines").get("/api/benefits/runs/#{runId}/lines?page=#{linesPage}&size=20"));

	ChainBuilder countdown = exec(http("countdown").get("/api/care/countdown?page=0&size=20"))
		.exec(http("countdown summary").get("/api/care/countdown/summary"));

	ChainBuilder recordContact = exec((session) -> session.set("veteranId", pick(session.getList("veteranIds")))
		.set("today", LocalDate.now(CHINA).toString())
		.set("submission", UUID.randomUUID().toString()))
		.exec(getCookieValue(CookieKey("XSRF-TOKEN")))
		.exec(http("record contact").post("/api/care/visits")
			.header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
			.header("Idempotency-Key", "#{submission}")
			.body(StringBody("""
					{"veteranId": #{veteranId}, "kind": "CONTACT", "visitedOn": "#{today}",
					 "visitors": "负载测试", "opinions": "电话联系，本人情况良好"}"""))
			.check(status().is(201)));

	ScenarioBuilder staff = scenario("staff")
		.feed(Stream.generate(() -> Map.<String, Object>of("username", next())).iterator())
		.exec(this.login, this.home, this.firstLook)
		.during(DURATION)
		.on(randomSwitch()
			.on(percent(25).then(this.search), percent(20).then(this.personFile),
					percent(15).then(doIf((session) -> session.contains("runId")).then(this.runLines)),
					percent(15).then(workbench()),
					percent(15).then(doIf((session) -> may(session, "care:plan:list")).then(this.countdown)),
					percent(10).then(doIf((session) -> may(session, "care:visit:record")).then(this.recordContact)))
			.pause(Duration.ZERO, Duration.ofSeconds(1)));

	{
		setUp(this.staff.injectOpen(rampUsers(USERS).during(RAMP))).protocols(this.protocol)
			.assertions(global().failedRequests().percent().is(0.0), global().responseTime().percentile(95.0).lte(1000),
					details("workbench").responseTime().percentile(95.0).lte(500));
	}

	@Override
	public void before() {
		activateAccounts();
	}

	private static ChainBuilder workbench() {
		return exec(http("workbench").get("/api/workbench"));
	}

	private static int sequence;

	private static synchronized String next() {
		return ACCOUNTS.get(sequence++ % ACCOUNTS.size());
	}

	private static boolean may(Session session, String permission) {
		return session.contains("permissions") && session.getList("permissions").contains(permission);
	}

	private static <T> T pick(List<T> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	/** Most people look at the first pages; one in twenty jumps anywhere in the run. */
	private static long linesPage(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long pages = Math.max(1, session.getLong("lineCount") / 20);
		return (random.nextInt(20) == 0) ? random.nextLong(pages) : random.nextLong(Math.min(10, pages));
	}

	private static String baseUrl() {
		String url = System.getProperty("load.baseUrl");
		if (url != null) {
			return url;
		}
		try {
			return Files.readString(Path.of("target", "load-app.url"), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return "http://localhost:8080";
		}
	}

	/**
	 * The demo accounts must change their initial password before they may do anything
	 * else; done once, before the load.
	 */
	static void activateAccounts() {
		for (String username : ACCOUNTS.stream().distinct().toList()) {
			CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
			HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
			if (post(client, cookies, "/api/auth/login", credentials(username, PASSWORD)) == 200) {
				continue;
			}
			int initial = post(client, cookies, "/api/auth/login", credentials(username, INITIAL_PASSWORD));
			int changed = post(client, cookies, "/api/auth/password",
					"{\"oldPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}");
			if (initial != 200 || changed != 204) {
				throw new IllegalStateException(
						"Cannot activate " + username + ": login " + initial + ", change " + changed);
			}
		}
	}

	private static String credentials(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
	}

	private static int post(HttpClient client, CookieManager cookies, String path, String json) {
		try {
			client.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/auth/csrf")).build(),
					HttpResponse.BodyHandlers.discarding());
			String token = cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse("");
			return client
				.send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
					.header("Content-Type", "application/json")
					.header("X-XSRF-TOKEN", token)
					.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
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
