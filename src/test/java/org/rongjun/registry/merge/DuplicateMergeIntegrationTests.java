package org.rongjun.registry.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.registry.VeteransMerged;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rongjun.registry.RegistryFixtures.DAYUN;
import static org.rongjun.registry.RegistryFixtures.XIJIE;
import static org.rongjun.registry.RegistryFixtures.XITANG;
import static org.rongjun.registry.RegistryFixtures.veteran;
import static org.rongjun.support.IdNumbers.idNumber;

/**
 * Duplicate person files (重复档案): candidates, the field-by-field comparison and the merge,
 * which retires one file and moves everything on it to the survivor.
 */
@IntegrationTest
@RecordApplicationEvents
class DuplicateMergeIntegrationTests {

	private static final RegionScope XITANG_SCOPE = RegionScope.of(RegionCode.of(XITANG));

	private static final RegionScope COUNTY_SCOPE = RegionScope.of(RegionCode.of("330421000000"));

	private static final AtomicInteger names = new AtomicInteger();

	@LocalServerPort
	int port;

	final DuplicateFiles duplicates;

	DuplicateMergeIntegrationTests(DuplicateFiles duplicates) {
		this.duplicates = duplicates;
	}

	@Test
	void mergingMovesEverythingToTheSurvivorAndRetiresTheOtherFileWhoseIdRedirects() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String name = uniqueName();
		LocalDate born = LocalDate.of(1971, 3, 9);
		long survivor = register(county, name, idNumber(born), XIJIE, Map.of("phone", "13800000001"));
		long merged = register(county, name, idNumber(born), XIJIE,
				Map.of("phone", "13900000002", "address", "西塘镇西街8号"));
		long spouse = county
			.post("/api/registry/veterans/" + merged + "/family-members", Map.of("relationship", "10", "name", "配偶"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		long ownCategory = beneficiary(county, merged, null, "41");
		long spouseCategory = beneficiary(county, merged, spouse, "51");
		long transfer = county
			.post("/api/registry/veterans/" + merged + "/transfers", Map.of("toRegionCode", DAYUN, "reason", "投靠子女"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		ApiClient.loggedIn(this.port, "dayun.staff")
			.post("/api/registry/transfers/" + transfer + "/rejection", Map.of("reason", "材料不全"))
			.expect(200);

		assertThat(candidatePairs(county)).contains(List.of(survivor, merged));
		JsonNode comparison = county
			.get("/api/registry/duplicates/compare?survivorId=" + survivor + "&mergedId=" + merged)
			.expect(200)
			.json();
		Map<String, JsonNode> fields = new HashMap<>();
		comparison.get("fields").forEach((field) -> fields.put(field.get("field").asString(), field));
		assertThat(fields.get("name").get("same").asBoolean()).isTrue();
		assertThat(fields.get("idNumber").get("same").asBoolean()).isFalse();
		assertThat(fields.get("phone").get("mergedValue").asString()).isEqualTo("139****0002");
		assertThat(comparison.get("mergedCounts").get("beneficiaries").asLong()).isEqualTo(2);

		JsonNode record = county
			.post("/api/registry/merges",
					Map.of("survivorId", survivor, "mergedId", merged, "fieldsFromMerged", List.of("phone", "address")))
			.expect(201)
			.json();
		assertThat(ids(record.get("moved").get("familyMembers"))).containsExactly(spouse);
		assertThat(ids(record.get("moved").get("beneficiaries"))).containsExactlyInAnyOrder(ownCategory,
				spouseCategory);
		assertThat(ids(record.get("moved").get("transferRequests"))).containsExactly(transfer);

		JsonNode file = county.get("/api/registry/veterans/" + survivor).expect(200).json();
		assertThat(file.get("phoneMasked").asString()).isEqualTo("139****0002");
		assertThat(file.get("address").asString()).isEqualTo("西塘镇西街8号");
		assertThat(file.get("categories").toString()).contains("41", "51");
		assertThat(county.get("/api/registry/veterans/" + survivor + "/family-members").expect(200).body())
			.contains("配偶");
		assertThat(county.get("/api/registry/transfers/" + transfer).expect(200).json().get("veteranId").asLong())
			.isEqualTo(survivor);

		ApiClient.Response old = county.get("/api/registry/veterans/" + merged).expect(308);
		assertThat(old.headers().get("location")).containsExactly("/api/registry/veterans/" + survivor);
		JsonNode found = county.get("/api/registry/veterans?q=" + name).expect(200).json();
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(survivor);
		county.get("/api/registry/veterans/" + merged + "/family-members").expect(404);
		assertThat(candidatePairs(county)).doesNotContain(List.of(survivor, merged));
		JsonNode merges = county.get("/api/registry/veterans/" + survivor + "/merges").expect(200).json();
		assertThat(merges.get(0).get("mergedId").asLong()).isEqualTo(merged);
		assertThat(merges.get(0).get("mergedBy").asString()).isEqualTo("county.staff");
		// Retired is final: it cannot be merged again.
		county.post("/api/registry/merges", Map.of("survivorId", survivor, "mergedId", merged)).expect(404);
	}

	@Test
	void aCategoryBothFilesHoldStaysOneRecordCarryingBothHistories() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String name = uniqueName();
		LocalDate born = LocalDate.of(1968, 5, 1);
		long survivor = register(county, name, idNumber(born), XIJIE, Map.of());
		long merged = register(county, name, idNumber(born), XIJIE, Map.of());
		long kept = beneficiary(county, survivor, null, "41");
		long duplicate = beneficiary(county, merged, null, "41");
		county.post("/api/registry/beneficiaries/" + duplicate + "/status-changes", Map.of("status", "RECEIVING"))
			.expect(200);

		JsonNode record = county.post("/api/registry/merges", Map.of("survivorId", survivor, "mergedId", merged))
			.expect(201)
			.json();

		assertThat(ids(record.get("dropped").get("beneficiaries"))).containsExactly(duplicate);
		JsonNode beneficiaries = county.get("/api/registry/veterans/" + survivor + "/beneficiaries").expect(200).json();
		assertThat(beneficiaries).hasSize(1);
		assertThat(beneficiaries.get(0).get("id").asLong()).isEqualTo(kept);
		String history = county.get("/api/registry/beneficiaries/" + kept + "/status-changes").expect(200).body();
		assertThat(history).contains("RECEIVING").contains("档案合并");
		county.get("/api/registry/beneficiaries/" + duplicate).expect(404);
	}

	@Test
	void theSurvivorMayTakeTheRetiredFilesIdNumberWhichStaysUniqueAmongLiveFiles() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String name = uniqueName();
		LocalDate born = LocalDate.of(1975, 7, 7);
		String wrong = idNumber(born);
		String right = idNumber(born);
		long survivor = register(county, name, wrong, XIJIE, Map.of());
		long merged = register(county, name, right, XIJIE, Map.of());

		county
			.post("/api/registry/merges",
					Map.of("survivorId", survivor, "mergedId", merged, "fieldsFromMerged", List.of("idNumber")))
			.expect(201);

		JsonNode found = county.get("/api/registry/veterans?idNumber=" + right).expect(200).json();
		assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(survivor);
		assertThat(county.post("/api/registry/veterans", veteran(name, right, XIJIE))
			.expect(409)
			.json()
			.get("existingId")
			.asLong()).isEqualTo(survivor);
		// The number the survivor gave up is free again.
		county.post("/api/registry/veterans", veteran(name, wrong, XIJIE)).expect(201);
	}

	@Test
	void onlyCountyStaffMergeAndNeverAcrossTheirScope() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String name = uniqueName();
		LocalDate born = LocalDate.of(1966, 2, 2);
		long inXitang = register(county, name, idNumber(born), XIJIE, Map.of());
		long inDayun = register(county, name, idNumber(born), DAYUN, Map.of());

		ApiClient township = ApiClient.loggedIn(this.port, "xitang.staff");
		township.get("/api/registry/duplicates").expect(403);
		township.post("/api/registry/merges", Map.of("survivorId", inXitang, "mergedId", inDayun)).expect(403);
		assertThatThrownBy(() -> this.duplicates.merge(new MergeDraft(inXitang, inDayun, null), XITANG_SCOPE, "x"))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("数据范围");
		assertThat(this.duplicates.candidates(XITANG_SCOPE, PageQuery.of(0, 200)).items())
			.noneMatch((c) -> c.second() != null && c.second().id() == inDayun);
		county.get("/api/registry/veterans/" + inDayun).expect(200);
	}

	@Test
	void aFamilyMemberWhoseIdNumberHasItsOwnFileIsACandidateToldAsElsewhereOutsideTheScope() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String number = idNumber(LocalDate.of(1950, 1, 20));
		long ownFile = register(county, uniqueName(), number, DAYUN, Map.of());
		long veteran = register(county, uniqueName(), idNumber(), XIJIE, Map.of());
		long member = county
			.post("/api/registry/veterans/" + veteran + "/family-members",
					Map.of("relationship", "20", "name", "父亲", "idNumber", number))
			.expect(201)
			.json()
			.get("id")
			.asLong();

		DuplicateCandidate seenByTownship = candidateFor(member, XITANG_SCOPE);
		assertThat(seenByTownship.reason()).isEqualTo(DuplicateCandidate.Reason.FAMILY_MEMBER_HAS_OWN_FILE);
		assertThat(seenByTownship.first().id()).isEqualTo(veteran);
		assertThat(seenByTownship.second()).isNull();
		assertThat(seenByTownship.elsewhere()).isTrue();

		DuplicateCandidate seenByCounty = candidateFor(member, COUNTY_SCOPE);
		assertThat(seenByCounty.second().id()).isEqualTo(ownFile);
		assertThat(seenByCounty.elsewhere()).isFalse();
	}

	@Test
	void mergingPublishesVeteransMerged(ApplicationEvents events) {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String name = uniqueName();
		LocalDate born = LocalDate.of(1969, 9, 9);
		long survivor = register(county, name, idNumber(born), XIJIE, Map.of());
		long merged = register(county, name, idNumber(born), XIJIE, Map.of());

		this.duplicates.merge(new MergeDraft(survivor, merged, List.of()), COUNTY_SCOPE, "county.staff");

		assertThat(events.stream(VeteransMerged.class)).containsExactly(new VeteransMerged(survivor, merged));
	}

	@Test
	void aPendingTransferOnTheRetiredFileOrContradictingDatesBlockTheMergeAndChangeNothing() {
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		String name = uniqueName();
		LocalDate born = LocalDate.of(1970, 10, 10);
		long survivor = register(county, name, idNumber(born), XIJIE, Map.of("dischargeDate", "1992-01-01"));
		long merged = register(county, name, idNumber(born), XIJIE, Map.of("enlistmentDate", "1993-01-01"));
		county
			.post("/api/registry/merges",
					Map.of("survivorId", survivor, "mergedId", merged, "fieldsFromMerged", List.of("enlistmentDate")))
			.expect(400);
		county.post("/api/registry/veterans/" + merged + "/transfers", Map.of("toRegionCode", DAYUN, "reason", "投靠子女"))
			.expect(201);
		county.post("/api/registry/merges", Map.of("survivorId", survivor, "mergedId", merged)).expect(409);
		county.get("/api/registry/veterans/" + merged).expect(200);
		county.post("/api/registry/merges", Map.of("survivorId", survivor, "mergedId", survivor)).expect(400);
	}

	private DuplicateCandidate candidateFor(long familyMember, RegionScope scope) {
		for (int page = 0;; page++) {
			org.rongjun.shared.PageResult<DuplicateCandidate> found = this.duplicates.candidates(scope,
					PageQuery.of(page, 200));
			for (DuplicateCandidate candidate : found.items()) {
				if (Long.valueOf(familyMember).equals(candidate.familyMemberId())) {
					return candidate;
				}
			}
			if (found.items().isEmpty()) {
				throw new AssertionError("not a candidate: family member " + familyMember);
			}
		}
	}

	private static String uniqueName() {
		return "合并" + "甲乙丙丁戊己庚辛壬癸".charAt(names.get() % 10) + "甲乙丙丁戊己庚辛壬癸".charAt(names.getAndIncrement() / 10 % 10)
				+ "子";
	}

	private static long register(ApiClient client, String name, String idNumber, String region,
			Map<String, String> extra) {
		Map<String, Object> draft = veteran(name, idNumber, region);
		draft.putAll(extra);
		return client.post("/api/registry/veterans", draft).expect(201).json().get("id").asLong();
	}

	private static long beneficiary(ApiClient client, long veteran, Long member, String category) {
		Map<String, Object> body = new HashMap<>();
		body.put("category", category);
		body.put("familyMemberId", member);
		return client.post("/api/registry/veterans/" + veteran + "/beneficiaries", body)
			.expect(201)
			.json()
			.get("id")
			.asLong();
	}

	private static List<List<Long>> candidatePairs(ApiClient client) {
		List<List<Long>> pairs = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode items = client.get("/api/registry/duplicates?size=200&page=" + page)
				.expect(200)
				.json()
				.get("items");
			if (items.isEmpty()) {
				return pairs;
			}
			items.forEach((c) -> {
				if (c.get("second") != null && !c.get("second").isNull()) {
					pairs.add(List.of(c.get("first").get("id").asLong(), c.get("second").get("id").asLong()));
				}
			});
		}
	}

	private static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach((id) -> ids.add(id.asLong()));
		return ids;
	}

}
