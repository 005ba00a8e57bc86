package org.rongjun.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright for browser tests (no browser download): launch,
 * a page of a given size living on {@link Today#TODAY}, log in, screenshots under
 * target/screenshots.
 */
public final class Browsers {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private Browsers() {
	}

	/** Skips the test without Chromium or without the built web app. */
	public static void requireBrowserAndBuiltApp(Class<?> test) {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + " (.ci/run installs it)");
		assumeTrue(test.getResource("/static/index.html") != null,
				"web app not built (built by ./mvnw unless -Dskip.web=true)");
		// Pages load data after they render; a busy 2-core machine can take longer than
		// Playwright's 5 s default.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	public static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--disable-quic")));
	}

	/**
	 * A page of {@code width} × {@code height} CSS pixels; a phone when narrow (touch).
	 */
	public static Page newPage(Browser browser, int width, int height) {
		boolean phone = width < 768;
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(width, height)
			.setHasTouch(phone)
			.setIsMobile(phone)
			.setDeviceScaleFactor(phone ? 2 : 1));
		context.clock().install(new Clock.InstallOptions().setTime(Today.CLOCK.millis()));
		Page page = context.newPage();
		page.setDefaultTimeout(20_000);
		return page;
	}

	/**
	 * Logs a demo account in with the tests' password (ApiClient.loggedIn activated it).
	 */
	public static void logIn(Page page, String base, String username) {
		page.navigate(base + "/login");
		input(page, "login-username").fill(username);
		input(page, "login-password").fill(ApiClient.TEST_PASSWORD);
		page.locator("[data-test=login-submit]").click();
		page.waitForURL((url) -> !url.contains("login"));
	}

	public static Locator input(Page page, String test) {
		return page.locator("input[data-test=" + test + "], [data-test=" + test + "] input").first();
	}

	public static void shoot(Page page, String name) {
		page.waitForTimeout(400);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
	}

}
