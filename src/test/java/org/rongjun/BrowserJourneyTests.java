package org.rongjun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rongjun.messaging.outbox.MessageDispatcher;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.Today;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rongjun.support.IdNumbers.idNumber;

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

	final MessageDispatcher dispatcher;

	final JdbcClient jdbc;

	BrowserJourneyTests(MessageDispatcher dispatcher, JdbcClient jdbc) {
		this.dispatcher = dispatcher;
		this.jdbc = jdbc;
	}

	@BeforeAll
	static void requireBrowserAndBuiltApp() {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + " (.ci/run installs it)");
		assumeTrue(BrowserJourneyTests.class.getResource("/static/index.html") != null,
				"web app not built (built by ./mvnw unless -Dskip.web=true)");
		// Pages load data after they render; on a busy 2-core CI machine that can take
		// longer than Playwright's 5 s default.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
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
			Page page = newPage(browser);
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
			Page auditor = newPage(browser);
			auditor.setDefaultTimeout(20_000);
			logIn(auditor, base, "county.auditor");
			auditor.navigate(base + "/identity/audit");
			assertThat(auditor.locator("[data-test=audit-table]")).containsText("登录");
			auditor.locator("[data-test=audit-verify]").click();
			assertThat(auditor.locator("[data-test=audit-verify-result]")).containsText("完整");
			shoot(auditor, "5-audit");
			assertThat(auditor.locator("[data-test=app-menu] [data-test=menu-organization-stations]")).hasCount(0);

			Page admin = newPage(browser);
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

	@Test
	void aClerkImportsARosterFindsAPersonByInitialsAndOnlyTheCountySeesTheFullIdNumber() throws Exception {
		String base = "http://localhost:" + this.port;
		ApiClient.loggedIn(this.port, "xitang.staff");
		ApiClient.loggedIn(this.port, "county.staff");
		String ouyang = idNumber("330421", "19760304", 901);
		Path roster = Files.createTempFile("西塘名册-", ".csv");
		Files.writeString(roster,
				String.join("\r\n", "姓名,身份证号,户籍区划代码,联系电话,入伍时间,退役时间,军种,退役安置方式",
						"欧阳晓峰," + ouyang + ",330421103001,13900009001,1994-12-01,1998-12-01,陆军,自主就业",
						"司马青," + idNumber("330421", "19800512", 903)
								+ ",330421103002,13900009002,1998-12-01,2003-12-01,海军,自主就业",
						"上官云," + idNumber("330421", "19821120", 905) + ",330421103003,,,,空军,",
						"坏校验," + idNumber("330421", "19700101", 907).substring(0, 17) + "0,330421103001,,,,,",
						"越界者," + idNumber("330421", "19700101", 909) + ",330421102001,,,,,"),
				java.nio.charset.StandardCharsets.UTF_8);
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page clerk = newPage(browser);
			clerk.setDefaultTimeout(30_000);
			logIn(clerk, base, "xitang.staff");
			clerk.navigate(base + "/registry/import");
			clerk.locator("[data-test=import-file] input[type=file]").setInputFiles(roster);
			clerk.locator("[data-test=import-submit]").click();
			assertThat(clerk.locator("[data-test=job-summary]")).containsText("新增 3");
			assertThat(clerk.locator("[data-test=job-summary]")).containsText("错误 2");
			shoot(clerk, "7-import");
			com.microsoft.playwright.Download download = clerk
				.waitForDownload(() -> clerk.locator("[data-test=job-file]").first().click());
			String errors = Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(errors).contains("错误原因").contains("坏校验").contains("越界者").doesNotContain("欧阳晓峰");

			clerk.navigate(base + "/registry/veterans");
			input(clerk, "veteran-search-q").fill("oyxf");
			clerk.locator("[data-test=veteran-search-submit]").click();
			assertThat(clerk.locator("[data-test=veteran-table]")).containsText("欧阳晓峰");
			clerk.locator("[data-test=veteran-table]").getByText("欧阳晓峰").first().click();
			assertThat(clerk.locator("[data-test=veteran-detail-name]")).containsText("欧阳晓峰");
			assertThat(clerk.locator("[data-test=masked-idNumber]")).containsText("3304**********");
			assertThat(clerk.locator("[data-test=reveal-idNumber]")).hasCount(0);
			shoot(clerk, "8-person-file");
			String fileUrl = clerk.url();

			Page county = newPage(browser);
			county.setDefaultTimeout(30_000);
			logIn(county, base, "county.staff");
			county.navigate(fileUrl);
			county.locator("[data-test=reveal-idNumber]").click();
			assertThat(county.locator("[data-test=revealed-idNumber]")).containsText(ouyang);
			shoot(county, "9-revealed");

			county.navigate(base + "/registry/reminders");
			assertThat(county.locator("[data-test=reminder-table]")).isVisible();
			county.navigate(base + "/registry/confirmations");
			assertThat(county.locator("[data-test=campaign-table]")).isVisible();
			county.navigate(base + "/registry/transfers");
			assertThat(county.locator("[data-test=transfer-table]").first()).isVisible();
			shoot(county, "10-transfers");
		}
	}

	/**
	 * 八一 greetings for the demo county: county staff write the template (a variable chip,
	 * the live preview), create the campaign in the wizard with the whole county as its
	 * audience and send it; the detail page's delivery counts rise until the campaign is
	 * complete. The scheduled dispatcher is off in tests: this test runs passes, paced so
	 * that the page sees the counts in between.
	 */
	@Test
	void countyStaffSendAnArmyDayCampaignToTheDemoCountyAndSeeTheDeliveryCountsComplete() throws Exception {
		MessageDispatcher dispatcher = this.dispatcher;
		String base = "http://localhost:" + this.port;
		ApiClient.loggedIn(this.port, "county.staff");
		AtomicBoolean dispatching = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		Thread sender = new Thread(() -> {
			while (!stop.get()) {
				try {
					if (!dispatching.get() || dispatcher.dispatchOnce() == 0) {
						Thread.sleep(100);
					}
					else {
						Thread.sleep(250);
					}
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "browser-test-dispatcher");
		sender.setDaemon(true);
		sender.start();
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page page = newPage(browser);
			page.setDefaultTimeout(30_000);
			logIn(page, base, "county.staff");

			page.navigate(base + "/messaging/templates");
			page.locator("[data-test=template-create]").click();
			input(page, "template-code").fill("army-day-browser");
			input(page, "template-name").fill("八一问候（浏览器）");
			input(page, "template-title").fill("${festival}问候");
			Locator body = page.locator("textarea[data-test=template-body], [data-test=template-body] textarea");
			body.fill("同志：值此${festival}之际，嘉善县退役军人事务局向您致以节日的问候！");
			body.press("Control+Home");
			page.locator("[data-test=chip-name]").click();
			assertThat(body).hasValue("${name}同志：值此${festival}之际，嘉善县退役军人事务局向您致以节日的问候！");
			assertThat(page.locator("[data-test=preview-text]")).containsText("张建国同志：值此八一建军节之际");
			shoot(page, "11-template-editor");
			page.locator("[data-test=template-submit]").click();
			assertThat(page.locator("[data-test=template-table]")).containsText("八一问候（浏览器）");

			page.navigate(base + "/messaging/campaigns");
			page.locator("[data-test=campaign-new]").click();
			input(page, "wizard-name").fill("2026年八一建军节问候");
			page.locator("[data-test=wizard-template]").click();
			page.locator(".el-select-dropdown__item").getByText("八一问候（浏览器）").click();
			input(page, "wizard-variable-festival").fill("八一建军节");
			assertThat(page.locator("[data-test=wizard-preview]")).containsText("张建国同志：值此八一建军节之际");
			page.locator("[data-test=wizard-next]").click();

			page.locator("[data-test=audience-region]").click();
			page.locator("[data-test=region-node][data-code='330421000000']").click();
			Locator people = page.locator("[data-test=audience-count-people]");
			assertThat(people).hasText(java.util.regex.Pattern.compile("^[0-9]{4}$"));
			long withPhone = Long.parseLong(page.locator("[data-test=audience-count-phone]").innerText());
			assertThat(withPhone).isGreaterThan(2500);
			shoot(page, "12-campaign-audience");
			page.locator("[data-test=wizard-next]").click();
			assertThat(page.locator("[data-test=wizard-summary-audience]")).containsText("嘉善县");
			page.locator("[data-test=wizard-submit]").click();

			page.waitForURL(java.util.regex.Pattern.compile(".*/messaging/campaigns/[0-9]+$"));
			Locator progress = page.locator("[data-test=messaging-campaign-progress]");
			Locator sent = page.locator("[data-test=stat-SENT]");
			assertThat(progress).isVisible();
			dispatching.set(true);
			List<Long> seen = new java.util.ArrayList<>();
			long deadline = System.nanoTime() + 45_000_000_000L;
			while (!"DONE".equals(page.locator("[data-test=messaging-campaign-status]").getAttribute("data-status"))) {
				assertThat(System.nanoTime()).isLessThan(deadline);
				long count = Long.parseLong(sent.getAttribute("data-count"));
				if (seen.isEmpty() || seen.get(seen.size() - 1) != count) {
					seen.add(count);
					if (seen.size() == 2) {
						shoot(page, "13-campaign-sending");
					}
				}
				page.waitForTimeout(200);
			}
			assertThat(progress).hasAttribute("data-percent", "100");
			assertThat(page.locator("[data-test=stat-PENDING]")).hasAttribute("data-count", "0");
			long finalSent = Long.parseLong(sent.getAttribute("data-count"));
			long skipped = Long
				.parseLong(page.locator("[data-test=stat-SKIPPED_OPTED_OUT]").getAttribute("data-count"));
			assertThat(finalSent + skipped).isEqualTo(withPhone);
			assertThat(seen).as("SENT counts seen while sending").isSorted().first().isEqualTo(0L);
			assertThat(seen).anyMatch((count) -> count > 0 && count < finalSent);
			assertThat(page.locator("[data-test=delivery-report]")).containsText("短信");
			shoot(page, "14-campaign-done");
		}
		finally {
			stop.set(true);
			sender.join(5_000);
		}
	}

	/**
	 * Maker-checker in the browser (抚恤优待 payment run): county.staff prepares a run for
	 * the demo county, sees its lines with the explanation of each amount and cannot
	 * approve it themselves; county.checker approves it.
	 */
	@Test
	void aCountyClerkPreparesAPaymentRunAndASecondPersonApprovesIt() {
		String base = "http://localhost:" + this.port;
		ApiClient.loggedIn(this.port, "county.staff");
		ApiClient.loggedIn(this.port, "county.checker");
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page maker = newPage(browser);
			maker.setDefaultTimeout(60_000);
			logIn(maker, base, "county.staff");
			assertThat(maker.locator("[data-test=app-menu] [data-test=menu-benefits-runs]")).hasCount(1);
			maker.navigate(base + "/benefits/runs");
			maker.locator("[data-test=run-prepare]").click();
			maker.locator("[data-test=prepare-benefit-type]").click();
			maker.locator("[data-test=prepare-benefit-type-DISABILITY_PENSION]").click();
			// a month no other test pays: lines are paid once per beneficiary and month
			Locator month = input(maker, "prepare-first-month");
			month.fill("2033-06");
			month.press("Enter");
			maker.locator("[data-test=prepare-submit]").click();
			maker.waitForURL("**/benefits/runs/*");
			assertThat(maker.locator("[data-test=run-status]")).hasText("待审核");
			assertThat(maker.locator("[data-test=line-table] [data-test=line-amount]").first()).isVisible();
			assertThat(maker.locator("[data-test=line-explanation]").first()).not().isEmpty();
			assertThat(maker.locator("[data-test=line-table]")).containsText("2033-06");
			assertThat(maker.locator("[data-test=run-approve]")).isDisabled();
			shoot(maker, "11-payment-run-prepared");
			String runUrl = maker.url();

			Page checker = newPage(browser);
			checker.setDefaultTimeout(30_000);
			logIn(checker, base, "county.checker");
			checker.navigate(runUrl);
			assertThat(checker.locator("[data-test=run-approve]")).isEnabled();
			checker.locator("[data-test=run-approve]").click();
			checker.locator("textarea[data-test=run-review-comment]").fill("明细已抽查，无误");
			checker.locator("[data-test=run-review-submit]").click();
			assertThat(checker.locator("[data-test=run-status]")).hasText("已审核");
			assertThat(checker.locator("[data-test=run-export]")).isVisible();
			assertThat(checker.locator("[data-test=run-timeline]")).containsText("明细已抽查，无误");
			shoot(checker, "12-payment-run-approved");
		}
	}

	@Test
	void aTownshipClosesAnOverdueMeetingDecisionWithEvidenceFromItsWorkbenchAndTheCountySeesItDone() {
		String base = "http://localhost:" + this.port;
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient.loggedIn(this.port, "dayun.staff");
		long meeting = county
			.post("/api/meetings",
					Map.of("kind", "LEADING_GROUP", "title", "浏览器：领导小组专题会议", "heldOn",
							Today.TODAY.minusDays(20).toString(), "agenda", "研究服务站整改。"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		county.post("/api/meetings/" + meeting + "/action-items",
				Map.of("decision", "浏览器：大云镇报送服务站整改台账", "responsibleUnit", "大云镇人民政府", "responsiblePerson", "孙立",
						"regionCode", "330421102000", "deadline", Today.TODAY.minusDays(2).toString()))
			.expect(201);
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page township = newPage(browser);
			township.setDefaultTimeout(60_000);
			logIn(township, base, "dayun.staff");
			Locator overdue = township.locator("[data-test=work-meetings\\.overdue]");
			assertThat(overdue).containsText("逾期未办结的会议决定事项");
			overdue.click();
			township.waitForURL((url) -> url.contains("/meetings/action-items") && url.contains("overdue=true"));
			Locator row = township.locator("[data-test=action-table] tr",
					new Page.LocatorOptions().setHasText("浏览器：大云镇报送服务站整改台账"));
			assertThat(row).containsText("逾期 2 天");
			row.locator("[data-test=action-open]").click();
			Locator drawer = township.locator("[data-test=action-drawer]");
			assertThat(drawer.locator("[data-test=action-decision]")).hasText("浏览器：大云镇报送服务站整改台账");
			drawer.locator("[data-test=attachment-panel] input[type=file]")
				.setInputFiles(new com.microsoft.playwright.options.FilePayload("整改台账.pdf", "application/pdf",
						"%PDF-1.4\n% 整改台账\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			assertThat(drawer.locator("[data-test=attachment-item]")).containsText("整改台账.pdf");
			drawer.locator("[data-test=action-closure]").click();
			township.locator("textarea[data-test=step-note]").fill("整改台账已报送，7个村服务站全部达标。");
			township.locator("[data-test=step-submit]").click();
			assertThat(drawer.locator("[data-test=deadline-tag]").filter(new Locator.FilterOptions().setHasText("已办结")))
				.isVisible();
			assertThat(drawer.locator("[data-test=action-events]")).containsText("整改台账已报送");
			shoot(township, "17-meeting-decision-closed");

			Page convener = newPage(browser);
			convener.setDefaultTimeout(30_000);
			logIn(convener, base, "county.staff");
			convener.navigate(base + "/meetings/" + meeting);
			assertThat(convener.locator("[data-test=meeting-title-shown]")).hasText("浏览器：领导小组专题会议");
			assertThat(convener.locator(".facts [data-test=decision-progress]")).containsText("1/1 已办结");
			assertThat(convener.locator("[data-test=decision-table]")).containsText("已办结");
			shoot(convener, "18-meeting-decisions-done");
		}
	}

	@Test
	void theCountyRatesATownshipStationsSelfAssessmentAndSeesItsNewGradeOnTheGradeList() {
		String base = "http://localhost:" + this.port;
		ApiClient.loggedIn(this.port, "county.checker");
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page county = newPage(browser);
			county.setDefaultTimeout(60_000);
			logIn(county, base, "county.checker");
			county.navigate(base + "/grading/stations");
			assertThat(county.locator("[data-test=grade-chart] canvas")).isVisible();
			Locator row = county.locator("[data-test=station-grade-table] tr",
					new Page.LocatorOptions().setHasText("西塘镇退役军人服务站"));
			assertThat(row).containsText("已提交");
			row.locator("[data-test=standing-open]").click();
			county.waitForURL("**/grading/assessments/*");
			assertThat(county.locator("[data-test=assessment-detail-status]")).hasText("已提交");
			assertThat(county.locator("[data-test=attachment-item]")).hasCount(1);
			county.locator("[data-test=assessment-rate]").click();
			// The station claimed five of six 精 criteria; the county finds the sixth met
			// too.
			county.locator("[data-test=finding-6]").click();
			assertThat(county.locator("[data-test=judgement-score]")).containsText("核定得分 100");
			county.locator("textarea[data-test=judgement-note]").fill("现场核查，六项均达标。");
			county.locator("[data-test=judgement-submit]").click();
			assertThat(county.locator("[data-test=assessment-detail-status]")).hasText("已评定");
			assertThat(county.locator("[data-test=assessment-result]")).containsText("100分，达到申报等级");
			shoot(county, "19-station-rated");
			county.navigate(base + "/grading/stations");
			Locator rated = county.locator("[data-test=station-grade-table] tr",
					new Page.LocatorOptions().setHasText("西塘镇退役军人服务站"));
			assertThat(rated.locator("[data-test=grade-tag]")).hasText("精");
			assertThat(rated).containsText("已评定");
			shoot(county, "20-station-grades");
		}
	}

	/**
	 * The petition desk (信访工作条例 Art 19, 23, 32): county.staff registers a visit, accepts
	 * it with the written notice (the 15-day clock met, the 60-day one running) and
	 * answers it with a 处理意见书 whose PDF is offered.
	 */
	@Test
	void theCountyDeskRegistersAcceptsAndAnswersAPetition() {
		String base = "http://localhost:" + this.port;
		ApiClient.loggedIn(this.port, "county.staff");
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page page = newPage(browser);
			page.setDefaultTimeout(60_000);
			logIn(page, base, "county.staff");
			assertThat(page.locator("[data-test=app-menu] [data-test=menu-petitions]")).hasCount(1);
			page.navigate(base + "/petitions");
			page.locator("[data-test=petition-register]").click();
			input(page, "petition-name").fill("浏览器信访人");
			input(page, "petition-phone").fill("13912345678");
			input(page, "petition-address").fill("嘉善县西塘镇西街1号");
			input(page, "petition-subject").fill("反映优待证办理进度");
			page.locator("textarea[data-test=petition-content]").fill("申请优待证已两个月，请求尽快办理。");
			page.locator("[data-test=petition-submit]").click();
			page.waitForURL("**/petitions/*");
			assertThat(page.locator("[data-test=petition-status]")).hasText("待受理");
			assertThat(page.locator("[data-test=clock-NOTICE]")).hasText("进行中");
			assertThat(page.locator("[data-test=petition-detail]")).containsText("139****5678");
			shoot(page, "13-petition-registered");

			page.locator("[data-test=petition-step-accept]").click();
			page.locator("textarea[data-test=step-procedureNote]").fill("由县局优抚股核实办理进度，60日内书面答复");
			page.locator("[data-test=petition-step-submit]").click();
			assertThat(page.locator("[data-test=petition-status]")).hasText("办理中");
			assertThat(page.locator("[data-test=clock-NOTICE]")).hasText("按期完成");
			assertThat(page.locator("[data-test=clock-HANDLING]")).hasText("进行中");
			assertThat(page.locator("[data-test=letter-acceptance]")).isVisible();

			page.locator("[data-test=petition-step-answer]").click();
			page.locator("textarea[data-test=step-request]").fill("请求尽快办理优待证");
			page.locator("textarea[data-test=step-factsAndReasons]").fill("经核实，制卡信息已报送，银行制卡中。");
			page.locator("textarea[data-test=step-opinionText]").fill("已督促制卡，预计两周内发放。");
			page.locator("textarea[data-test=step-legalBasis]").fill("《退役军人保障法》第十五条");
			page.locator("[data-test=petition-step-submit]").click();
			assertThat(page.locator("[data-test=petition-status]")).hasText("已答复");
			assertThat(page.locator("[data-test=clock-HANDLING]")).hasText("按期完成");
			assertThat(page.locator("[data-test=letter-opinion]")).isVisible();
			assertThat(page.locator("[data-test=petition-timeline]")).containsText("出具信访处理意见书");
			shoot(page, "14-petition-answered");
		}
	}

	/**
	 * From a job posting to a referral to 录用 (issue 18.10): a township clerk finds the
	 * county's posting, refers a matched veteran from the ranked list, records the hire,
	 * and sees the posting filled and the veteran employed; the posting list reads at
	 * phone width.
	 */
	@Test
	void aTownshipClerkRefersAMatchedVeteranToAPostingAndRecordsTheHire() {
		String base = "http://localhost:" + this.port;
		ApiClient county = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long employer = county
			.post("/api/employment/employers", Map.of("name", "浏览器测试物流有限公司", "kind", "PRIVATE", "industry", "物流"))
			.expect(201)
			.json()
			.get("id")
			.asLong();
		county
			.post("/api/employment/posts",
					Map.of("employerId", employer, "title", "仓储管理员（浏览器测试）", "kind", "GENERAL", "workplaceRegionCode",
							"330421103000", "openings", 1, "skills", List.of("仓储管理"), "validFrom",
							Today.TODAY.minusDays(1).toString(), "validUntil", Today.TODAY.plusMonths(1).toString()))
			.expect(201);
		long veteran = this.jdbc.sql("""
				select b.veteran_id from registry.job_seeker_basis b
				where b.region_code between '330421103000' and '330421103999' and not b.deceased
				  and not exists (select 1 from employment.profile p where p.veteran_id = b.veteran_id)
				order by b.veteran_id desc limit 1
				""").query(Long.class).single();
		String name = xitang
			.post("/api/employment/profiles",
					Map.of("veteranId", veteran, "status", "UNEMPLOYED", "statusSince",
							Today.TODAY.minusDays(10).toString(), "skills", List.of("仓储管理")))
			.expect(201)
			.json()
			.get("name")
			.asString();
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = launch(playwright)) {
			Page page = newPage(browser);
			page.setDefaultTimeout(60_000);
			logIn(page, base, "xitang.staff");
			assertThat(page.locator("[data-test=app-menu] [data-test=menu-employment-posts]")).hasCount(1);
			page.navigate(base + "/employment/posts");
			input(page, "post-q").fill("仓储管理员");
			page.locator("[data-test=post-search]").click();
			page.locator("[data-test=post-row-title]", new Page.LocatorOptions().setHasText("仓储管理员")).click();
			page.waitForURL("**/employment/posts/*");
			Locator match = page.locator("[data-test=post-matches] tr", new Page.LocatorOptions().setHasText(name));
			assertThat(match.first()).isVisible();
			match.first().locator("[data-test=match-refer]").click();
			Locator referral = page.locator("[data-test=referral-table] tr",
					new Page.LocatorOptions().setHasText(name));
			assertThat(referral.locator("[data-test=referral-status]")).hasText("已推荐");
			shoot(page, "16-employment-referred");
			referral.locator("[data-test=referral-record]").click();
			page.locator("[data-test=step-HIRED]").click();
			page.locator("textarea[data-test=step-note], [data-test=step-note] textarea").first().fill("试用期三个月");
			page.locator("[data-test=step-submit]").click();
			assertThat(referral.locator("[data-test=referral-status]")).hasText("录用");
			assertThat(page.locator("[data-test=post-detail-filled]")).containsText("1/1");
			assertThat(page.locator("[data-test=post-detail-open]")).hasText("已截止");
			referral.locator("a", new Locator.LocatorOptions().setHasText(name)).click();
			page.waitForURL("**/employment/profiles/" + veteran);
			assertThat(page.locator("[data-test=profile-detail-status]")).hasText("就业");
			assertThat(page.locator("[data-test=profile-history]")).containsText("经就业推荐");
			shoot(page, "17-employment-hired");

			page.setViewportSize(375, 812);
			page.navigate(base + "/employment/posts");
			assertThat(page.locator("[data-test=post-table]")).isVisible();
			shoot(page, "18-employment-posts-phone");
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

	/**
	 * A fresh browser session in Chinese whose "today" is the server's
	 * ({@link Today#CLOCK}), so date fields the pages fill in with today agree with the
	 * server.
	 */
	private static Page newPage(Browser browser) {
		BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setAcceptDownloads(true));
		context.clock().install(new Clock.InstallOptions().setTime(Today.CLOCK.millis()));
		return context.newPage();
	}

}
