package org.rongjun.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rongjun.portal.PortalPeople.Person;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A veteran on a phone (375 × 812, touch) opens their portal account with the code texted
 * to the number on their file, sees their file, the month a payment failed and the bank's
 * reason, and their household, signs out and signs in again with ID number and password.
 */
@IntegrationTest
class PortalBrowserTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	static final String PASSWORD = "Laobing2026!";

	@LocalServerPort
	int port;

	@BeforeAll
	static void requireBrowserAndBuiltApp() {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
		assumeTrue(PortalBrowserTests.class.getResource("/static/index.html") != null,
				"web app not built (built by ./mvnw unless -Dskip.web=true)");
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@Test
	void aVeteranOpensTheirAccountOnAPhoneAndSeesWhyAPaymentFailed() throws Exception {
		long file = PortalPeople.runWithOneFailure(this.port, "2032-11", "户名与账号不符", 1);
		Person person = PortalPeople.byId(this.port, file);
		String base = "http://localhost:" + this.port;
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
								"--disable-background-networking", "--disable-component-update", "--disable-sync",
								"--no-first-run", "--disable-quic")))) {
			Page page = browser
				.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setViewportSize(375, 812)
					.setIsMobile(true)
					.setHasTouch(true))
				.newPage();
			page.setDefaultTimeout(30_000);

			page.navigate(base + "/m");
			page.waitForURL("**/m/login");
			shoot(page, "portal-1-login");
			page.locator("[data-test=portal-go-activate]").click();
			input(page, "portal-activate-name").fill(person.name());
			input(page, "portal-activate-id").fill(person.idNumber());
			input(page, "portal-activate-phone").fill(person.phone());
			page.locator("[data-test=portal-activate-request]").click();
			assertThat(page.locator("[data-test=portal-activate-sent]")).containsText("分钟内有效");
			shoot(page, "portal-2-code-sent");
			input(page, "portal-activate-code").fill(PortalPeople.lastCode(person.phone()));
			input(page, "portal-activate-password").fill(PASSWORD);
			input(page, "portal-activate-confirm").fill(PASSWORD);
			page.locator("[data-test=portal-activate-submit]").click();

			page.waitForURL((url) -> url.endsWith("/m"));
			assertThat(page.locator("[data-test=portal-greeting]")).containsText(person.name());
			assertThat(page.locator("[data-test=portal-file]")).containsText("*");
			assertThat(page.locator("[data-test=portal-file]")).not().containsText(person.idNumber());
			assertThat(fitsTheScreen(page)).as("no sideways scrolling at 375 px").isTrue();
			shoot(page, "portal-3-home");

			page.locator("[data-test=portal-go-payments]").click();
			// Newest month first; other tests may have paid the person later months.
			Locator november = page.locator("section.card").filter(new Locator.FilterOptions().setHasText("2032年11月"));
			assertThat(november.locator("[data-test=portal-payment-state]")).containsText("发放失败");
			assertThat(november.locator("[data-test=portal-payment-reason]")).containsText("户名与账号不符");
			assertThat(fitsTheScreen(page)).isTrue();
			shoot(page, "portal-4-payments");

			page.locator("[data-test=portal-back]").click();
			page.locator("[data-test=portal-go-household]").click();
			assertThat(page.locator("[data-test=portal-member]")
				.or(page.locator("[data-test=portal-household-empty]"))
				.first()).isVisible();
			shoot(page, "portal-5-household");

			page.locator("[data-test=portal-back]").click();
			page.locator("[data-test=portal-logout]").click();
			page.waitForURL("**/m/login");
			input(page, "portal-login-id").fill(person.idNumber());
			input(page, "portal-login-password").fill("Wrong2026!x");
			page.locator("[data-test=portal-login-submit]").click();
			assertThat(page.locator("[data-test=portal-login-error]")).containsText("身份证号或密码错误");
			input(page, "portal-login-password").fill(PASSWORD);
			page.locator("[data-test=portal-login-submit]").click();
			page.waitForURL((url) -> url.endsWith("/m"));
			assertThat(page.locator("[data-test=portal-greeting]")).containsText(person.name());

			// The staff side is not the portal's: its pages send a portal session to
			// staff
			// login, and its API refuses it.
			page.navigate(base + "/registry/veterans");
			page.waitForURL((url) -> url.equals(base + "/login"));
		}
	}

	private static boolean fitsTheScreen(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
	}

	private static Locator input(Page page, String test) {
		return page.locator("input[data-test=" + test + "], [data-test=" + test + "] input").first();
	}

	private static void shoot(Page page, String name) {
		page.waitForTimeout(300);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
	}

}
