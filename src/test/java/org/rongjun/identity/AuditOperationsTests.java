package org.rongjun.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.rongjun.support.PaymentRunsApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log says what was done, in words, to which object (ADR 0020): every
 * state-changing endpoint has a name, every path variable a noun, files with people's
 * full numbers are logged as exports, and reads — even POSTs that only read — are not
 * logged as changes.
 */
@IntegrationTest
class AuditOperationsTests {

	@LocalServerPort
	int port;

	final RequestMappingHandlerMapping mappings;

	final AuditOperations operations;

	final JdbcClient jdbc;

	AuditOperationsTests(RequestMappingHandlerMapping requestMappingHandlerMapping, AuditOperations operations,
			JdbcClient jdbc) {
		this.mappings = requestMappingHandlerMapping;
		this.operations = operations;
		this.jdbc = jdbc;
	}

	@Test
	void everyStateChangingEndpointHasANameAndEveryPathVariableANoun() {
		Set<String> unnamed = new TreeSet<>();
		Set<String> nounless = new TreeSet<>();
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods) {
					mapped.add(method.name() + " " + pattern);
					if (method != RequestMethod.GET && pattern.startsWith("/api/") && !pattern.startsWith("/api/auth/")
							&& this.operations.find(method.name(), pattern).isEmpty()) {
						unnamed.add(method.name() + " " + pattern);
					}
				}
				String prefix = "";
				for (String segment : pattern.substring(1).split("/")) {
					if (pattern.startsWith("/api/") && segment.startsWith("{")
							&& this.operations.noun(prefix).isEmpty()) {
						nounless.add(prefix + "/" + segment);
					}
					prefix += "/" + segment;
				}
			}
		});
		assertThat(unnamed).as("endpoints without a line in identity/audit-operations.txt").isEmpty();
		assertThat(nounless).as("path variables without a line in identity/audit-objects.txt").isEmpty();
		List<String> stale = new ArrayList<>();
		this.operations.all().forEach((operation) -> {
			if (!mapped.contains(operation.method() + " " + operation.pattern())) {
				stale.add(operation.method() + " " + operation.pattern());
			}
		});
		assertThat(stale).as("lines of identity/audit-operations.txt that match no endpoint").isEmpty();
	}

	@Test
	void theBankFileIsAuditedAsAnExportNamingTheRun() throws Exception {
		ApiClient maker = ApiClient.loggedIn(this.port, "county.staff");
		ApiClient checker = ApiClient.loggedIn(this.port, "county.checker");
		JsonNode run = maker
			.post("/api/benefits/runs", Map.of("benefitType", "DISABILITY_PENSION", "regionCode", "330421000000",
					"firstMonth", "2033-05", "months", 1))
			.expect(202)
			.json();
		long id = run.get("id").asLong();
		PaymentRunsApi.awaitPrepared(maker, id);
		checker.post("/api/benefits/runs/" + id + "/approve", Map.of()).expect(200);
		maker.post("/api/benefits/runs/" + id + "/export", Map.of()).expect(200);
		maker.get("/api/benefits/runs/" + id + "/bank-file?format=CSV").expect(200);

		var export = this.jdbc.sql("""
				select action, operation, object, outcome from identity.audit_log
				where username = 'county.staff' and target = :target order by id desc limit 1
				""")
			.param("target", "GET /api/benefits/runs/" + id + "/bank-file")
			.query((rs, row) -> List.of(rs.getString("action"), rs.getString("operation"), rs.getString("object"),
					rs.getString("outcome")))
			.single();
		assertThat(export).containsExactly("EXPORT", "下载银行发放文件", "发放批次 #" + id, "SUCCESS");
	}

	@Test
	void theRosterExportIsAuditedAsAnExport() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		staff.get("/api/registry/veterans/export").expect(200);
		assertThat(this.jdbc.sql("""
				select operation from identity.audit_log
				where username = 'county.staff' and action = 'EXPORT' and target = 'GET /api/registry/veterans/export'
				""").query(String.class).list()).contains("导出人员名册");
	}

	@Test
	void readsAreNotLoggedAsChanges() {
		ApiClient staff = ApiClient.loggedIn(this.port, "county.staff");
		long before = writesBy("county.staff");
		staff.post("/api/messaging/campaigns/audience-count", Map.of("selection", Map.of()));
		staff.post("/api/messaging/templates/preview", Map.of("body", "${name}同志，您好", "variables", Map.of()));
		staff.get("/api/registry/veterans?size=5").expect(200);
		assertThat(writesBy("county.staff")).isEqualTo(before);
	}

	private long writesBy(String username) {
		return this.jdbc.sql("select count(*) from identity.audit_log where username = :u and action = 'WRITE'")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
