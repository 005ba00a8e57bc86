package org.rongjun.employment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.support.Today.TODAY;

/**
 * Employers, posts, profiles and referrals through the HTTP API as the demo users see
 * them: the county keeps employers and posts that its townships see; 西塘镇 refers its
 * veterans and records the outcome; 大云镇 sees none of 西塘's people or referrals.
 */
@IntegrationTest
@CalendarSensitive
class EmploymentApiTests {

	static final String XITANG = "330421103000";

	@LocalServerPort
	int port;

	final JdbcClient jdbc;

	ApiClient county;

	ApiClient xitang;

	ApiClient dayun;

	ApiClient xijie;

	EmploymentApiTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@BeforeEach
	void logIn() {
		this.county = ApiClient.loggedIn(this.port, "county.staff");
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		this.dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		this.xijie = ApiClient.loggedIn(this.port, "xijie.staff");
	}

	@Test
	void aVeteranIsReferredInterviewedAndHiredAndTheProfileShowsTheNewJob_Art39And41() {
		// 退役军人保障法 Art 39 ¶2 (就业推荐), Art 41 ¶1 (免费职业介绍)
		long employer = employer(this.county, "STATE_OWNED", null);
		long post = post(this.county, employer, "GENERAL", 2, List.of("驾驶"));
		long veteran = profile(this.xitang, newPerson(XITANG), List.of("驾驶"));

		JsonNode matches = this.xitang.get("/api/employment/posts/" + post + "/matches?limit=200").expect(200).json();
		JsonNode mine = find(matches, "veteranId", veteran);
		assertThat(mine.get("eligible").asBoolean()).isTrue();
		assertThat(mine.get("criteria").toString()).contains("具备：驾驶");

		JsonNode referred = this.xitang.post("/api/employment/referrals", Map.of("postId", post, "veteranId", veteran))
			.expect(201)
			.json();
		long referral = referred.get("id").asLong();
		assertThat(referred.get("status").asString()).isEqualTo("REFERRED");
		assertThat(referred.get("followUpOn").asString()).isEqualTo(TODAY.plusDays(7).toString());
		assertThat(referred.get("score").asInt()).isEqualTo(mine.get("score").asInt());
		this.xitang.post("/api/employment/referrals", Map.of("postId", post, "veteranId", veteran)).expect(409);

		JsonNode interviewed = step(this.xitang, referral, "INTERVIEWED", TODAY.plusDays(3).toString()).expect(200)
			.json();
		assertThat(interviewed.get("followUpOn").asString()).isEqualTo(TODAY.plusDays(3).toString());
		JsonNode hired = step(this.xitang, referral, "HIRED", null).expect(200).json();
		assertThat(hired.get("status").asString()).isEqualTo("HIRED");
		assertThat(hired.get("outcomeOn").asString()).isEqualTo(TODAY.toString());
		assertThat(hired.get("followUpOn").isNull()).isTrue();
		assertThat(hired.get("steps").size()).isEqualTo(3);
		step(this.xitang, referral, "NOT_HIRED", null).expect(409);

		JsonNode postNow = this.county.get("/api/employment/posts/" + post).expect(200).json();
		assertThat(postNow.get("filled").asInt()).isEqualTo(1);
		JsonNode profile = this.xitang.get("/api/employment/profiles/" + veteran).expect(200).json();
		assertThat(profile.get("status").asString()).isEqualTo("EMPLOYED");
		assertThat(profile.get("seeking").asBoolean()).isFalse();
		assertThat(profile.get("employerName").asString()).isEqualTo("测试单位" + employer);
		assertThat(profile.get("history").get(0).get("source").asString()).isEqualTo("REFERRAL");
		assertThat(profile.get("history").size()).isEqualTo(2);
	}

	@Test
	void aVeteranWhoFailsAHardFilterCannotBeReferredAndIsToldWhy() {
		long employer = employer(this.county, "PRIVATE", null);
		Map<String, Object> body = postBody(employer, "GENERAL", 1, List.of());
		body.put("ageMax", 18);
		long post = this.county.post("/api/employment/posts", body).expect(201).json().get("id").asLong();
		long veteran = profile(this.xitang, newPerson(XITANG), List.of());
		assertThat(
				this.xitang.get("/api/employment/posts/" + post + "/matches?limit=200").expect(200).json().toString())
			.doesNotContain("\"veteranId\":" + veteran + ",");
		JsonNode refused = this.xitang.post("/api/employment/referrals", Map.of("postId", post, "veteranId", veteran))
			.expect(409)
			.json();
		assertThat(refused.get("detail").asString()).contains("年龄", "上限18岁");
	}

	@Test
	void theLastOpeningOfAPostGoesToOneOfTwoSimultaneousHires() throws Exception {
		long employer = employer(this.county, "PRIVATE", null);
		long post = post(this.county, employer, "GENERAL", 1, List.of());
		long first = referral(this.xitang, post, profile(this.xitang, newPerson(XITANG), List.of()));
		long second = referral(this.xitang, post, profile(this.xitang, newPerson(XITANG), List.of()));
		ApiClient other = ApiClient.loggedIn(this.port, "county.staff");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> hires = List.of(() -> {
				start.await();
				return step(this.xitang, first, "HIRED", null).status();
			}, () -> {
				start.await();
				return step(other, second, "HIRED", null).status();
			});
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(hires)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode postNow = this.county.get("/api/employment/posts/" + post).expect(200).json();
		assertThat(postNow.get("filled").asInt()).isEqualTo(1);
		assertThat(postNow.get("open").asBoolean()).isFalse();
		long hired = this.jdbc
			.sql("select count(*) from employment.referral where post_id = :post and status = 'HIRED'")
			.param("post", post)
			.query(Long.class)
			.single();
		assertThat(hired).isEqualTo(1);
	}

	@Test
	void anotherTownshipSeesNeitherThePeopleNorTheReferralsNorTheTownshipsOwnPosts() {
		long countyEmployer = employer(this.county, "PRIVATE", null);
		long countyPost = post(this.county, countyEmployer, "GENERAL", 3, List.of());
		long townshipEmployer = employer(this.xitang, "GOVERNMENT", null);
		long townshipPost = post(this.xitang, townshipEmployer, "COMMUNITY_WORKER", 1, List.of());
		long veteran = profile(this.xitang, newPerson(XITANG), List.of());
		long referral = referral(this.xitang, countyPost, veteran);

		this.dayun.get("/api/employment/posts/" + countyPost).expect(200);
		this.dayun.get("/api/employment/posts/" + townshipPost).expect(404);
		this.dayun.get("/api/employment/employers/" + townshipEmployer).expect(404);
		this.dayun.get("/api/employment/profiles/" + veteran).expect(404);
		this.dayun.get("/api/employment/referrals/" + referral).expect(404);
		step(this.dayun, referral, "HIRED", null).expect(404);
		this.dayun.post("/api/employment/referrals", Map.of("postId", countyPost, "veteranId", veteran)).expect(404);
		assertThat(this.dayun.get("/api/employment/referrals?size=200").expect(200).body())
			.doesNotContain("\"id\":" + referral + ",");
		assertThat(this.dayun.get("/api/employment/posts/" + countyPost + "/matches?limit=200").expect(200).body())
			.doesNotContain("\"veteranId\":" + veteran + ",");
		// a township sees the county's post but may not change it
		this.xitang.put("/api/employment/posts/" + countyPost, postBody(countyEmployer, "GENERAL", 3, List.of()))
			.expect(403);
		// the village liaison sees posts but does not refer
		this.xijie.post("/api/employment/referrals", Map.of("postId", countyPost, "veteranId", veteran)).expect(403);
	}

	@Test
	void aStatusChangeAddsADatedHistoryEntryThatNeverRunsBackwards() {
		long veteran = newPerson(XITANG);
		Map<String, Object> body = profileBody("UNEMPLOYED", TODAY.minusDays(60).toString(), null, List.of());
		body.put("veteranId", veteran);
		this.xitang.post("/api/employment/profiles", body).expect(201);
		this.xitang.post("/api/employment/profiles", body).expect(409);
		JsonNode employed = this.xitang
			.put("/api/employment/profiles/" + veteran,
					profileBody("EMPLOYED", TODAY.minusDays(10).toString(), "嘉善某厂", List.of("电工")))
			.expect(200)
			.json();
		assertThat(employed.get("history").size()).isEqualTo(2);
		assertThat(employed.get("history").get(0).get("status").asString()).isEqualTo("EMPLOYED");
		assertThat(employed.get("history").get(0).get("since").asString()).isEqualTo(TODAY.minusDays(10).toString());
		assertThat(employed.get("skills").get(0).asString()).isEqualTo("电工");
		JsonNode backwards = this.xitang
			.put("/api/employment/profiles/" + veteran,
					profileBody("FLEXIBLE", TODAY.minusDays(20).toString(), null, List.of()))
			.expect(400)
			.json();
		assertThat(backwards.toString()).contains("statusSince");
		this.xitang
			.put("/api/employment/profiles/" + veteran,
					profileBody("FLEXIBLE", TODAY.plusDays(1).toString(), null, List.of()))
			.expect(400);
		this.xitang
			.put("/api/employment/profiles/" + veteran, profileBody("EMPLOYED", TODAY.toString(), " ", List.of()))
			.expect(400);
		// an edit that changes no status keeps the history as it is
		JsonNode same = this.xitang
			.put("/api/employment/profiles/" + veteran,
					profileBody("EMPLOYED", TODAY.minusDays(10).toString(), "嘉善某厂", List.of("电工", "驾驶")))
			.expect(200)
			.json();
		assertThat(same.get("history").size()).isEqualTo(2);
	}

	@Test
	void dueFollowUpsShowOnTheWorkbenchOfWhoManagesReferrals() {
		long employer = employer(this.county, "PRIVATE", null);
		long post = post(this.county, employer, "GENERAL", 5, List.of());
		long referral = referral(this.xitang, post, profile(this.xitang, newPerson(XITANG), List.of()));
		step(this.xitang, referral, "INTERVIEWED", TODAY.toString()).expect(200);
		JsonNode due = this.xitang.get("/api/employment/referrals?due=true&size=200").expect(200).json();
		assertThat(due.get("items").toString()).contains("\"id\":" + referral + ",");
		JsonNode work = this.xitang.get("/api/workbench").expect(200).json();
		assertThat(work.toString()).contains("employment.follow-ups");
		assertThat(find(items(work), "key", "employment.follow-ups").get("count").asLong()).isPositive();
		assertThat(this.xijie.get("/api/workbench").expect(200).body()).doesNotContain("employment.follow-ups");
	}

	@Test
	void badInputIsAFieldErrorInChinese() {
		long employer = employer(this.county, "PRIVATE", null);
		Map<String, Object> body = postBody(employer, "GENERAL", 1, List.of());
		body.put("veteranAgeMax", 45);
		body.put("ageMax", 40);
		JsonNode relaxed = this.county.post("/api/employment/posts", body).expect(400).json();
		assertThat(relaxed.toString()).contains("veteranAgeMax", "第四十二条");
		Map<String, Object> kindless = postBody(employer, "NOT_A_KIND", 1, List.of());
		assertThat(this.county.post("/api/employment/posts", kindless).expect(400).json().toString()).contains("kind");
		Map<String, Object> badCredit = employerBody("PRIVATE", null);
		badCredit.put("creditCode", "123");
		assertThat(this.county.post("/api/employment/employers", badCredit).expect(400).json().toString())
			.contains("creditCode", "统一社会信用代码");
	}

	private static JsonNode items(JsonNode work) {
		return work.isArray() ? work : work.get("items");
	}

	private static JsonNode find(JsonNode array, String field, Object value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(String.valueOf(value))) {
				return node;
			}
		}
		throw new AssertionError(field + "=" + value + " not in " + array);
	}

	private ApiClient.Response step(ApiClient client, long referral, String status, String nextFollowUp) {
		Map<String, Object> body = new HashMap<>();
		body.put("status", status);
		body.put("on", TODAY.toString());
		body.put("note", "测试");
		if (nextFollowUp != null) {
			body.put("nextFollowUp", nextFollowUp);
		}
		return client.post("/api/employment/referrals/" + referral + "/steps", body);
	}

	private long referral(ApiClient client, long post, long veteran) {
		return client.post("/api/employment/referrals", Map.of("postId", post, "veteranId", veteran))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	/** A living person of the township, of working age, without an employment profile. */
	private long newPerson(String township) {
		return this.jdbc.sql("""
				select b.veteran_id from registry.job_seeker_basis b
				where b.region_code between :lo and :hi and not b.deceased and b.birth_date > :born
				  and not exists (select 1 from employment.profile p where p.veteran_id = b.veteran_id)
				order by b.veteran_id limit 1
				""")
			.param("lo", township)
			.param("hi", township.substring(0, 9) + "999")
			.param("born", TODAY.minusYears(50))
			.query(Long.class)
			.single();
	}

	private long profile(ApiClient client, long veteran, List<String> skills) {
		Map<String, Object> body = profileBody("UNEMPLOYED", TODAY.minusDays(30).toString(), null, skills);
		body.put("veteranId", veteran);
		return client.post("/api/employment/profiles", body).expect(201).json().get("veteranId").asLong();
	}

	private static Map<String, Object> profileBody(String status, String since, String employer, List<String> skills) {
		Map<String, Object> body = new HashMap<>();
		body.put("status", status);
		body.put("statusSince", since);
		body.put("employerName", employer);
		body.put("skills", skills);
		return body;
	}

	private long employer(ApiClient client, String kind, String region) {
		JsonNode created = client.post("/api/employment/employers", employerBody(kind, region)).expect(201).json();
		long id = created.get("id").asLong();
		this.jdbc.sql("update employment.employer set name = :name where id = :id")
			.param("name", "测试单位" + id)
			.param("id", id)
			.update();
		return id;
	}

	private static Map<String, Object> employerBody(String kind, String region) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "测试单位");
		body.put("kind", kind);
		body.put("regionCode", region);
		body.put("industry", "交通运输");
		return body;
	}

	private long post(ApiClient client, long employer, String kind, int openings, List<String> skills) {
		return client.post("/api/employment/posts", postBody(employer, kind, openings, skills))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private static Map<String, Object> postBody(long employer, String kind, int openings, List<String> skills) {
		Map<String, Object> body = new HashMap<>();
		body.put("employerId", employer);
		body.put("title", "测试岗位");
		body.put("kind", kind);
		body.put("workplaceRegionCode", XITANG);
		body.put("openings", openings);
		body.put("skills", skills);
		body.put("validFrom", TODAY.minusDays(1).toString());
		body.put("validUntil", TODAY.plusMonths(2).toString());
		return body;
	}

}
