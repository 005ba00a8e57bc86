package org.rongjun.contact;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.Browsers;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 西街社区's liaison (陆芳, demo account xijie.staff) on a 375 × 812 phone: the menu is a
 * drawer and nothing is wider than the screen; from 我的联系对象 she records a contact with an
 * overdue person in three taps (记录联系, 稳定, 保存), the person leaves the due list, and the
 * coverage board counts one more person contacted within cadence and one fewer overdue.
 */
@IntegrationTest
class LiaisonOnAPhoneBrowserTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void requireBrowser() {
		Browsers.requireBrowserAndBuiltApp(LiaisonOnAPhoneBrowserTests.class);
	}

	@Test
	void aLiaisonRecordsAContactInThreeTapsOnAPhoneAndTheCoverageBoardCountsIt() {
		ApiClient api = ApiClient.loggedIn(this.port, "xijie.staff");
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		long veteran = ContactFixtures.register(county, "邵手机", ContactFixtures.XIJIE, false);
		java.util.Map<String, Object> lastSpring = ContactFixtures.contact(veteran, "HOME_VISIT", "STABLE");
		lastSpring.put("contactedOn", org.rongjun.support.Today.TODAY.minusMonths(4).toString());
		api.post("/api/contact/records", lastSpring).expect(201);
		JsonNode overdue = ContactFixtures.person(api, veteran);
		assertThat(overdue.get("liaisonName").asString()).isEqualTo("陆芳");
		assertThat(overdue.get("daysLeft").asLong()).isNegative();
		String name = overdue.get("name").asString();
		JsonNode before = api.get("/api/contact/coverage").expect(200).json().get("total");

		String base = "http://localhost:" + this.port;
		try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.launch(playwright)) {
			Page page = Browsers.newPage(browser, 375, 812);
			Browsers.logIn(page, base, "xijie.staff");
			assertThat(page.locator(".layout__aside")).hasCount(0);
			assertThat(page.locator("[data-test=menu-toggle]")).isVisible();
			page.locator("[data-test=menu-toggle]").click();
			page.locator("[data-test=menu-drawer] [data-test=menu-contact-mine]").click();
			assertThat(page.locator("[data-test=my-people]")).isVisible();
			Browsers.shoot(page, "contact-1-my-people-375");
			assertThat(widest(page)).isLessThanOrEqualTo(375);

			Browsers.input(page, "mine-search").fill(name);
			Browsers.input(page, "mine-search").press("Enter");
			Locator card = page
				.locator("[data-test=person-card][data-id=\"" + overdue.get("veteranId").asLong() + "\"]");
			assertThat(card).isVisible();
			assertThat(card.locator("[data-test=person-due]")).containsText("逾期");

			card.locator("[data-test=mine-record]").tap();
			page.locator("[data-test=contact-mood-STABLE]").tap();
			Browsers.shoot(page, "contact-2-record-sheet-375");
			page.locator("[data-test=contact-save]").tap();
			assertThat(page.locator(".el-message--success")).containsText("已记录联系");
			assertThat(card).hasCount(0);

			page.locator("[data-test=menu-toggle]").click();
			page.locator("[data-test=menu-drawer] [data-test=menu-contact-coverage]").click();
			assertThat(page.locator("[data-test=coverage-covered]"))
				.containsText(String.valueOf(before.get("covered").asLong() + 1));
			assertThat(page.locator("[data-test=coverage-overdue]"))
				.containsText(String.valueOf(before.get("overdue").asLong() - 1));
			Browsers.shoot(page, "contact-3-coverage-375");
			assertThat(widest(page)).isLessThanOrEqualTo(375);
		}
		JsonNode after = api.get("/api/contact/people/" + overdue.get("veteranId").asLong()).expect(200).json();
		assertThat(after.get("lastChannel").asString()).isEqualTo("PHONE");
		assertThat(after.get("lastMood").asString()).isEqualTo("STABLE");
		assertThat(after.get("daysLeft").asLong()).isPositive();
	}

	/** How wide the page's content is: more than the screen means sideways scrolling. */
	private static int widest(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

}
