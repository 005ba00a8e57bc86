package org.rongjun.registry.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rongjun.shared.spreadsheet.Spreadsheets.Format;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.Today;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A township clerk imports the bureau's own 花名册 in a real headless Chromium (issue 11):
 * the wizard takes the workbook as it is (title row, two-row heading, village names,
 * month-only dates), the result names the heading row, the downloaded file lists every
 * error of a row on its column, a month-only service date reads as a month in the person
 * file, and the 已故 remark waits on the checks page.
 */
@IntegrationTest
class RosterImportBrowserTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	@BeforeAll
	static void requireBrowserAndBuiltApp() {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
		assumeTrue(RosterImportBrowserTests.class.getResource("/static/index.html") != null,
				"web app not built (built by ./mvnw unless -Dskip.web=true)");
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@Test
	void aClerkImportsTheBureausOwnWorkbookAndGetsEveryErrorOfARowBack() throws Exception {
		String base = "http://localhost:" + this.port;
		ApiClient.loggedIn(this.port, "xitang.staff");
		Path roster = Files.createTempFile("西塘镇花名册-", ".xlsx");
		Files.write(roster, MessyRosters.xlsx(7));
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
								"--disable-background-networking", "--disable-component-update", "--disable-sync",
								"--no-first-run", "--disable-quic")))) {
			BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setAcceptDownloads(true));
			context.clock().install(new Clock.InstallOptions().setTime(Today.CLOCK.millis()));
			Page clerk = context.newPage();
			clerk.setDefaultTimeout(30_000);
			clerk.navigate(base + "/login");
			input(clerk, "login-username").fill("xitang.staff");
			input(clerk, "login-password").fill(ApiClient.TEST_PASSWORD);
			clerk.locator("[data-test=login-submit]").click();
			clerk.waitForURL((url) -> !url.contains("login"));

			clerk.navigate(base + "/registry/import");
			assertThat(clerk.locator("[data-test=veteran-import-wizard]")).containsText("本单位现有的花名册");
			clerk.locator("[data-test=import-file] input[type=file]").setInputFiles(roster);
			clerk.locator("[data-test=import-submit]").click();
			Locator summary = clerk.locator("[data-test=job-summary]");
			assertThat(summary).containsText("共 9 行：新增 4，已存在 0，错误 5，有提示 3（表头在第4行）");
			shoot(clerk, "roster-1-result");

			Download download = clerk.waitForDownload(() -> clerk.locator("[data-test=job-file]").first().click());
			List<List<String>> file = RosterImportIntegrationTests.read(Files.readAllBytes(download.path()),
					Format.XLSX);
			List<String> li = file.stream().filter((row) -> row.get(1).equals("李卫东")).findFirst().orElseThrow();
			assertThat(li.get(li.size() - 2)).isEqualTo("未导入");
			assertThat(li.get(li.size() - 1)).contains("公民身份号码：Excel 把此列存成了数字").contains("银行卡号：Excel 把此列存成了数字");

			clerk.navigate(base + "/registry/veterans");
			input(clerk, "veteran-search-q").fill("王建国");
			clerk.locator("[data-test=veteran-search-submit]").click();
			clerk.locator("[data-test=veteran-table]").getByText("王建国").first().click();
			clerk.locator("[data-test=tab-service]").click();
			assertThat(clerk.locator("[data-test=veteran-service]")).containsText("1988-03");
			assertThat(clerk.locator("[data-test=veteran-service]")).not().containsText("1988-03-01");
			shoot(clerk, "roster-2-month");

			clerk.navigate(base + "/registry/death-checks");
			assertThat(clerk.locator("[data-test=death-check-table]")).containsText("张志强");
			assertThat(clerk.locator("[data-test=death-check-table]")).containsText("已故");
			shoot(clerk, "roster-3-death-checks");
		}
		finally {
			Files.deleteIfExists(roster);
		}
	}

	private static Locator input(Page page, String test) {
		return page.locator("input[data-test=" + test + "], [data-test=" + test + "] input").first();
	}

	private static void shoot(Page page, String name) {
		page.waitForTimeout(400);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
	}

}
