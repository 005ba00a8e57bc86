package org.rongjun.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.support.ApiClient;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.XIJIE;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;
import static org.rongjun.support.Today.TODAY;

@IntegrationTest
@CalendarSensitive
class VeteranSearchIntegrationTests {

	@LocalServerPort
	int port;

	final VeteranRepository veterans;

	ApiClient xitang;

	VeteranSearchIntegrationTests(VeteranRepository veterans) {
		this.veterans = veterans;
	}

	@BeforeEach
	void logIn() {
		this.xitang = ApiClient.loggedIn(this.port, "xitang.staff");
	}

	@Test
	void aPolyphonicSurnameIsFoundByItsSurnameReadingOnly() {
		long shan = register(this.xitang, "单田芳", XITANG);
		assertThat(search("stf")).contains(shan);
		assertThat(search("shantianfang")).contains(shan);
		assertThat(search("shantian")).contains(shan);
		assertThat(search("dtf")).doesNotContain(shan);
		assertThat(search("dantianfang")).doesNotContain(shan);
		long zeng = register(this.xitang, "曾国藩", XITANG);
		assertThat(search("zgf")).contains(zeng);
		assertThat(search("zengguo")).contains(zeng);
		assertThat(search("cgf")).doesNotContain(zeng);
	}

	@Test
	void initialsAndFullPinyinMatchAsPrefixesAndAreCaseInsensitive() {
		long id = register(this.xitang, "欧阳振华", XITANG);
		assertThat(search("oyzh")).contains(id);
		assertThat(search("OYZ")).contains(id);
		assertThat(search("ouyangzhen")).contains(id);
		assertThat(search("yangzhen")).doesNotContain(id);
	}

	@Test
	void theExactNameAndANamePrefixMatch() {
		long id = register(this.xitang, "蒋国栋", XITANG);
		assertThat(search("蒋国栋")).contains(id);
		assertThat(search("蒋国")).contains(id);
		assertThat(search("国栋")).doesNotContain(id);
	}

	@Test
	void anotherTownshipsVeteranIsInvisible() {
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		long hidden = register(dayun, "沈大云", DAYUN);
		assertThat(ids(dayun.get("/api/registry/veterans?q=sdy").expect(200).json())).contains(hidden);
		assertThat(search("sdy")).doesNotContain(hidden);
		assertThat(search("沈大云")).doesNotContain(hidden);
		assertThat(ids(this.xitang.get("/api/registry/veterans?size=200").expect(200).json())).doesNotContain(hidden);
		assertThat(
				this.xitang.get("/api/registry/veterans?regionCode=" + DAYUN).expect(200).json().get("total").asLong())
			.isZero();
		this.xitang.get("/api/registry/veterans/" + hidden).expect(404);
		this.xitang.put("/api/registry/veterans/" + hidden, veteran("改名", idNumber(), XITANG)).expect(404);
		this.xitang.get("/api/registry/veterans/" + hidden + "/family-members").expect(404);
		this.xitang.get("/api/registry/veterans/" + hidden + "/beneficiaries").expect(404);
		ApiClient.loggedIn(this.port, "county.staff").get("/api/registry/veterans/" + hidden).expect(200);
	}

	@Test
	void aVillageLiaisonSeesOnlyTheirVillage() {
		long inVillage = register(this.xitang, "韩村民", XIJIE);
		long inTown = register(this.xitang, "韩镇民", XITANG);
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		List<Long> found = ids(village.get("/api/registry/veterans?q=hcm&size=200").expect(200).json());
		assertThat(found).contains(inVillage);
		assertThat(ids(village.get("/api/registry/veterans?q=hzm&size=200").expect(200).json())).doesNotContain(inTown);
	}

	@Test
	void searchFiltersByIdNumberPhoneAgeAndCategory() {
		String id = idNumber(TODAY.minusYears(62).minusDays(10));
		var draft = veteran("杨老兵", id, XITANG);
		draft.put("phone", "13905731234");
		long old = this.xitang.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
		var youngDraft = veteran("杨新兵", idNumber(TODAY.minusYears(30)), XITANG);
		youngDraft.put("enlistmentDate", TODAY.minusYears(12).toString());
		youngDraft.put("dischargeDate", TODAY.minusYears(7).toString());
		long young = this.xitang.post("/api/registry/veterans", youngDraft).expect(201).json().get("id").asLong();
		assertThat(ids(this.xitang.get("/api/registry/veterans?idNumber=" + id.toLowerCase()).expect(200).json()))
			.containsExactly(old);
		assertThat(ids(this.xitang.get("/api/registry/veterans?phone=139-0573-1234").expect(200).json()))
			.containsExactly(old);
		List<Long> sixtyPlus = ids(
				this.xitang.get("/api/registry/veterans?q=ylb&ageFrom=60&size=200").expect(200).json());
		assertThat(sixtyPlus).contains(old);
		assertThat(ids(this.xitang.get("/api/registry/veterans?q=yxb&ageFrom=60").expect(200).json()))
			.doesNotContain(young);
		assertThat(ids(this.xitang.get("/api/registry/veterans?q=yxb&ageFrom=25&ageTo=35").expect(200).json()))
			.contains(young);
		this.xitang.post("/api/registry/veterans/" + old + "/beneficiaries", java.util.Map.of("category", "81"))
			.expect(201);
		JsonNode byCategory = this.xitang.get("/api/registry/veterans?category=81&status=ACCEPTED&size=200")
			.expect(200)
			.json();
		assertThat(ids(byCategory)).contains(old).doesNotContain(young);
	}

	@Test
	void aRenamedOrMovedPersonIsFoundByTheNewNameAndRegionOnly() {
		String idNumber = idNumber();
		long id = register(this.xitang, "柏青山", XITANG, idNumber);
		this.xitang.put("/api/registry/veterans/" + id, veteran("柏青云", idNumber, XIJIE)).expect(200);
		assertThat(search("柏青山")).doesNotContain(id);
		assertThat(search("bqs")).doesNotContain(id);
		assertThat(search("bqy")).contains(id);
		assertThat(search("baiqingyun")).contains(id);
		ApiClient village = ApiClient.loggedIn(this.port, "xijie.staff");
		assertThat(ids(village.get("/api/registry/veterans?q=bqy").expect(200).json())).contains(id);
		this.xitang.put("/api/registry/veterans/" + id, veteran("柏青云", idNumber, XITANG)).expect(200);
		assertThat(ids(village.get("/api/registry/veterans?q=bqy").expect(200).json())).doesNotContain(id);
		assertThat(search("bqy")).contains(id);
	}

	@Test
	void aScopeAboveTheCountyFindsNamesInEachOfItsCountiesAndNothingOutsideIt() {
		long id = register(this.xitang, "栾远征", XITANG);
		for (String scope : List.of("330400000000", "330000000000")) {
			assertThat(nameSearch(scope, "lyz")).as(scope).contains(id);
			assertThat(nameSearch(scope, "栾远")).as(scope).contains(id);
		}
		assertThat(nameSearch("320000000000", "lyz")).doesNotContain(id);
		assertThat(nameSearch("330500000000", "lyz")).doesNotContain(id);
	}

	@Test
	void theTotalCountsEveryMatchWhetherThePageIsFullPartOfTheEndOrPastIt() {
		for (String name : List.of("睢一", "睢二", "睢三")) {
			register(this.xitang, name, XITANG);
		}
		for (int page : new int[] { 0, 1, 5 }) {
			JsonNode result = this.xitang.get("/api/registry/veterans?q=睢&size=2&page=" + page).expect(200).json();
			assertThat(result.get("total").asLong()).as("page " + page).isEqualTo(3);
			assertThat(result.get("items").size()).as("page " + page).isEqualTo(new int[] { 2, 1, 0, 0, 0, 0 }[page]);
		}
	}

	@Test
	void aNamePrefixAloneIsAnsweredFromTheNameKeysExactlyAsTheFullSearchWould() {
		register(this.xitang, "苏松山", XITANG);
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		for (ApiClient client : List.of(this.xitang, county)) {
			for (String prefix : List.of("s", "ss", "z", "l", "王", "wang", "zs")) {
				for (int page : new int[] { 0, 3 }) {
					String query = "/api/registry/veterans?size=20&page=" + page + "&q="
							+ URLEncoder.encode(prefix, StandardCharsets.UTF_8);
					// An explicit sort in the same order takes the general search path.
					JsonNode byKeys = client.get(query).expect(200).json();
					JsonNode general = client.get(query + "&sort=regionCode").expect(200).json();
					assertThat(byKeys.get("total").asLong()).as(prefix + " page " + page)
						.isEqualTo(general.get("total").asLong());
					assertThat(ids(byKeys)).as(prefix + " page " + page).isEqualTo(ids(general));
				}
			}
		}
	}

	@Test
	void anUnknownSortIsRefusedOnTheSortParameter() {
		JsonNode problem = this.xitang.get("/api/registry/veterans?sort=password").expect(400).json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("sort");
		this.xitang.get("/api/registry/veterans?sort=birthDate,desc").expect(200);
	}

	private List<Long> search(String q) {
		return ids(this.xitang.get("/api/registry/veterans?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
			.expect(200)
			.json());
	}

	private List<Long> nameSearch(String scope, String prefix) {
		return this.veterans
			.search(org.rongjun.shared.RegionScope.of(org.rongjun.shared.RegionCode.of(scope)),
					new VeteranRepository.Criteria(null, null, null, prefix, null, null, null, null, null),
					new org.rongjun.shared.PageQuery(0, 200))
			.items()
			.stream()
			.map(Veteran::id)
			.toList();
	}

	private static long register(ApiClient client, String name, String region) {
		return register(client, name, region, idNumber());
	}

	private static long register(ApiClient client, String name, String region, String idNumber) {
		return client.post("/api/registry/veterans", veteran(name, idNumber, region))
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

}
