package org.rongjun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A township user's first day, in a real headless Chromium (Debian's /usr/bin/chromium
 * driven by Playwright, no browser download): first login forces a password change, the
 * region tree shows only their township, the stations page lists only its stations, and
 * the county's user administration is refused.
 */
@IntegrationTest
class BrowserJourneyTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	@BeforeAll
	static void requireBrowserAndBuiltApp() {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + " (.ci/run installs it)");
		assumeTrue(BrowserJourneyTests.class.getResource("/static/index.html") != null,
				"web app not built (built by ./mvnw unless -Dskip.web=true)");
	}

	@Test
	void aTownshipUserSeesOnlyTheirTownshipAndIsRefusedCountyAdministration() {
		ApiClient.loggedIn(this.port, "county.admin")
			.post("/api/identity/users",
					Map.of("username", "browser.xitang", "displayName", "西塘镇 浏览器测试", "password", "Start2026abc",
							"scopeCode", "330421103000", "roles", List.of("TOWNSHIP_STAFF")))
			.expect(201);
		String base = "http://localhost:" + this.port;
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
								"--disable-background-networking", "--disable-component-update", "--disable-sync",
								"--no-first-run", "--disable-quic")))) {
			Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
			page.setDefaultTimeout(20_000);
			page.navigate(base + "/");

			shoot(page, "1-login");
			input(page, "login-username").fill("browser.xitang");
			input(page, "login-password").fill("Start2026abc");
			page.locator("[data-test=login-submit]").click();

			page.waitForURL("**/change-password");
			input(page, "pw-old").fill("Start2026abc");
			input(page, "pw-new").fill("Xitang2026ok");
			input(page, "pw-confirm").fill("Xitang2026ok");
			page.locator("[data-test=pw-submit]").click();
			page.waitForURL((url) -> !url.contains("change-password") && !url.contains("login"));
			assertThat(page.locator("[data-test=current-user]")).containsText("西塘镇 浏览器测试");

			Locator menu = page.locator("[data-test=app-menu]");
			assertThat(menu.locator("[data-test=menu-organization-stations]")).hasCount(1);
			assertThat(menu.locator("[data-test=menu-identity-users]")).hasCount(0);

			page.navigate(base + "/organization/regions");
			Locator nodes = page.locator("[data-test=region-tree] [data-test=region-node]");
			assertThat(nodes.first()).isVisible();
			assertThat(nodes.first()).hasAttribute("data-code", "330421103000");
			assertThat(nodes.nth(1)).isVisible();
			shoot(page, "2-regions");
			List<String> codes = nodes
				.evaluateAll("els => els.map(e => e.getAttribute('data-code'))") instanceof List<?> list
						? list.stream().map(String::valueOf).toList() : List.of();
			assertThat(codes).hasSizeGreaterThan(1).allMatch((code) -> code.startsWith("330421103"));

			page.locator("[data-test=menu-organization-stations]").click();
			Locator rows = page.locator("[data-test=station-table] .el-table__body tr");
			assertThat(rows.first()).isVisible();
			assertThat(page.locator("[data-test=station-table]")).containsText("西塘镇退役军人服务站");
			assertThat(page.locator("[data-test=station-table]")).not().containsText("大云镇");
			shoot(page, "3-stations");

			page.navigate(base + "/identity/users");
			assertThat(page.locator("[data-test=forbidden]")).containsText("无权访问此页面");
			assertThat(page.locator("[data-test=user-table]")).hasCount(0);
			shoot(page, "4-forbidden");
		}
	}

	@Test
	void theAuditorReadsTheLogAndChecksItsChainWhileTheSystemAdministratorManagesAccounts() {
		ApiClient.loggedIn(this.port, "county.auditor");
		ApiClient.loggedIn(this.port, "county.admin");
		String base = "http://localhost:" + this.port;
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page auditor = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
			auditor.setDefaultTimeout(20_000);
			logIn(auditor, base, "county.auditor");
			auditor.navigate(base + "/identity/audit");
			assertThat(auditor.locator("[data-test=audit-table]")).containsText("登录");
			auditor.locator("[data-test=audit-verify]").click();
			assertThat(auditor.locator("[data-test=audit-verify-result]")).containsText("完整");
			shoot(auditor, "5-audit");
			assertThat(auditor.locator("[data-test=app-menu] [data-test=menu-organization-stations]")).hasCount(0);

			Page admin = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
			admin.setDefaultTimeout(20_000);
			logIn(admin, base, "county.admin");
			admin.navigate(base + "/identity/users");
			assertThat(admin.locator("[data-test=user-table]")).containsText("xitang.staff");
			assertThat(admin.locator("[data-test=user-table]")).containsText("西塘镇");
			assertThat(admin.locator("[data-test=user-create]")).isVisible();
			shoot(admin, "6-users");
			admin.navigate(base + "/identity/audit");
			assertThat(admin.locator("[data-test=forbidden]")).isVisible();
		}
	}

	private static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--disable-quic")));
	}

	/**
	 * Logs in a demo account whose first-login password change {@link ApiClient} already
	 * did.
	 */
	private static void logIn(Page page, String base, String username) {
		page.navigate(base + "/login");
		input(page, "login-username").fill(username);
		input(page, "login-password").fill(ApiClient.TEST_PASSWORD);
		page.locator("[data-test=login-submit]").click();
		page.waitForURL((url) -> !url.contains("login"));
	}

	/**
	 * An Element Plus input carries the attribute on its native input or on a wrapper
	 * around it.
	 */
	private static Locator input(Page page, String test) {
		return page.locator("input[data-test=" + test + "], [data-test=" + test + "] input").first();
	}

	/** Screenshots for people reviewing a build: target/screenshots/. */
	private static void shoot(Page page, String name) {
		page.waitForTimeout(400);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
	}

}
