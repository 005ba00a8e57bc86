package org.rongjun.honors;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.shared.MeritAward;
import org.rongjun.calendar.Period;
import org.rongjun.calendar.WorkingCalendar;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.CalendarSensitive;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rongjun.honors.HonorsFixtures.DAYUN;
import static org.rongjun.honors.HonorsFixtures.XIJIE;
import static org.rongjun.support.Today.TODAY;

/** Merit notices (立功受奖军人家庭送喜报工作办法, 2020) through the API, and the printed letter. */
@IntegrationTest
@CalendarSensitive
class MeritNoticeApiTests {

	@LocalServerPort
	int port;

	final MeritNotices notices;

	final WorkingCalendar calendar;

	MeritNoticeApiTests(MeritNotices notices, WorkingCalendar calendar) {
		this.notices = notices;
		this.calendar = calendar;
	}

	@Test
	void theDefaultDeliveryPeriodEndingInTheSpringFestivalMovesToTheNextWorkingDay() {
		// 15日 (local policy, rongjun.honors.merit.delivery-days) counted as a period in
		// 日:
		// received Sun 2026-02-01, day 15 is Mon 02-16 in 春节 (02-15…02-23) → Tue 02-24
		// (民法典 Art 201, 203).
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode notice = xitang
			.post("/api/honors/merit-notices", draft("春节兵", "THIRD_CLASS_MERIT", LocalDate.parse("2026-02-01")))
			.expect(201)
			.json();
		assertThat(notice.get("deadline").asString()).isEqualTo("2026-02-24");
	}

	@Test
	void theAwardSetsTheDeliveringLevelFirstClassByThePrefectureSecondClassByTheCounty() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode first = xitang.post("/api/honors/merit-notices", draft("一等兵", "FIRST_CLASS_MERIT", TODAY.minusDays(3)))
			.expect(201)
			.json();
		assertThat(first.get("deliveringLevel").asString()).isEqualTo("CITY");
		assertThat(first.get("deliverers").asString()).contains("军分区");
		JsonNode medal = xitang
			.post("/api/honors/merit-notices", draft("勋章兵", "AUGUST_FIRST_MEDAL", TODAY.minusDays(3)))
			.expect(201)
			.json();
		assertThat(medal.get("deliveringLevel").asString()).isEqualTo("PROVINCE");
		JsonNode second = xitang
			.post("/api/honors/merit-notices", draft("二等兵", "SECOND_CLASS_MERIT", TODAY.minusDays(3)))
			.expect(201)
			.json();
		assertThat(second.get("deliveringLevel").asString()).isEqualTo("COUNTY");
	}

	/**
	 * 浙江省军人军属权益保障条例 Art 6: 被评为优秀士兵的军人，由其入伍前户籍所在地的乡镇人民政府、街道办事处组织祝贺慰问军属.
	 */
	@Test
	void anOutstandingSoldiersFamilyIsCongratulatedByTheTownship_ZhejiangArt6() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode notice = xitang
			.post("/api/honors/merit-notices", draft("优秀兵", "OUTSTANDING_SOLDIER", TODAY.minusDays(3)))
			.expect(201)
			.json();
		assertThat(notice.get("deliveringLevel").asString()).isEqualTo("TOWNSHIP");
		assertThat(notice.get("deliverers").asString()).contains("乡镇人民政府、街道办事处");
		assertThat(notice.get("awardLabel").asString()).isEqualTo("优秀士兵");
	}

	@Test
	void aNoticeIsDueFifteenDaysAfterItArrivesIsOverdueAfterwardsAndIsDeliveredOnce() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		LocalDate received = TODAY.minusDays(20);
		JsonNode notice = xitang.post("/api/honors/merit-notices", draft("逾期兵", "THIRD_CLASS_MERIT", received))
			.expect(201)
			.json();
		long id = notice.get("id").asLong();
		assertThat(notice.get("deadline").asString())
			.isEqualTo(this.calendar.deadline(received, Period.days(15)).due().toString());
		assertThat(notice.get("overdue").asBoolean()).isTrue();
		JsonNode overdue = xitang.get("/api/honors/merit-notices?overdue=true&size=200").expect(200).json();
		assertThat(overdue.get("items").findValuesAsString("memberName")).contains("逾期兵");

		JsonNode noDeliverer = xitang.post("/api/honors/merit-notices/" + id + "/delivery", Map.of())
			.expect(400)
			.json();
		assertThat(noDeliverer.get("errors").get(0).get("field").asString()).isEqualTo("deliveredBy");
		JsonNode delivered = xitang
			.post("/api/honors/merit-notices/" + id + "/delivery", Map.of("deliveredBy", "县退役军人事务局局长、县人武部部长"))
			.expect(200)
			.json();
		assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(delivered.get("overdue").asBoolean()).isFalse();
		assertThat(delivered.get("deliveredLate").asBoolean()).isTrue();
		xitang.post("/api/honors/merit-notices/" + id + "/delivery", Map.of("deliveredBy", "再送一次")).expect(409);
	}

	@Test
	void aNoticeIsRegisteredOnlyForAFamilyInTheCallersScopeAndHiddenFromOtherTownships() {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		Map<String, Object> elsewhere = draft("外镇兵", "THIRD_CLASS_MERIT", TODAY);
		elsewhere.put("regionCode", DAYUN);
		xitang.post("/api/honors/merit-notices", elsewhere).expect(403);
		long id = xitang.post("/api/honors/merit-notices", draft("本镇兵", "THIRD_CLASS_MERIT", TODAY))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		dayun.get("/api/honors/merit-notices/" + id).expect(404);
		dayun.get("/api/honors/merit-notices/" + id + "/letter.pdf").expect(404);
		assertThat(dayun.get("/api/honors/merit-notices?size=200")
			.expect(200)
			.json()
			.get("items")
			.findValuesAsString("memberName")).doesNotContain("本镇兵");
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		county.get("/api/honors/merit-notices/" + id).expect(200);
	}

	@Test
	void theLetterPdfCarriesTheMembersChineseNameTheAwardAndTheFamilysNameWhenItsTextIsExtracted() throws IOException {
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long id = xitang.post("/api/honors/merit-notices", draft("欧阳立功", "SECOND_CLASS_MERIT", TODAY.minusDays(1)))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		HttpResponse<byte[]> pdf = HonorsFixtures.download(this.port, xitang,
				"/api/honors/merit-notices/" + id + "/letter.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]", "");
			PDResources resources = document.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				// embedded as a subset (ABCDEF+NotoSansSC-Regular), so it prints the same
				// everywhere
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
			}
		}
		assertThat(text).contains("喜报", "欧阳立功同志", "荣立二等功", "欧阳父同志", "嘉善县退役军人事务局", "嘉善县人民武装部");
	}

	/**
	 * 浙江省军人军属权益保障条例 Art 7: the family's award money is local policy; the notice keeps the
	 * amount handed over, in fen, and a notice may have none.
	 */
	@Test
	void theLocalAwardMoneyIsKeptOnTheNoticeInFen_ZhejiangArt7() {
		RegionScope xitang = RegionScope.of(RegionCode.of(HonorsFixtures.XITANG));
		MeritNotice withMoney = this.notices.register(new MeritNoticeDraft("奖金兵", null, MeritAward.SECOND_CLASS_MERIT,
				null, TODAY.minusDays(2), TODAY, "奖金父", "父亲", XIJIE, "西街奖金弄1号", null, 500000L), xitang, "xitang.staff");
		MeritNotice without = this.notices.register(new MeritNoticeDraft("无奖金兵", null, MeritAward.THIRD_CLASS_MERIT,
				null, TODAY.minusDays(2), TODAY, "无奖金父", "父亲", XIJIE, "西街奖金弄2号", null, null), xitang, "xitang.staff");
		assertThat(this.notices.get(withMoney.id(), xitang).amountFen()).isEqualTo(500000L);
		assertThat(this.notices.get(without.id(), xitang).amountFen()).isNull();
	}

	private static Map<String, Object> draft(String member, String award, LocalDate received) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("memberName", member);
		draft.put("memberUnit", "东部战区某部");
		draft.put("award", award);
		draft.put("awardedOn", received.minusDays(10).toString());
		draft.put("receivedOn", received.toString());
		draft.put("familyName", member.substring(0, member.length() - 2) + "父");
		draft.put("relationship", "父亲");
		draft.put("regionCode", XIJIE);
		draft.put("address", "西街喜报弄8号");
		return draft;
	}

}
