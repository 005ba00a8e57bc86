package org.rongjun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the running application maps × every role × two sibling townships (西塘镇,
 * 大云镇), each calling with the other township's records: no answer may be a 5xx, no 2xx
 * may carry the other township's data, and no request naming the other township's record
 * may succeed. The endpoints come from the handler mappings, so a new endpoint is covered
 * without a test of its own; its path variables are filled from {@link #KINDS}, and a
 * variable of a kind not listed there fails this test until a line is added.
 */
@IntegrationTest
class EndpointScopeMatrixTests {

	static final Map<String, String> TOWNSHIPS = Map.of("330421103", "xitang", "330421102", "dayun");

	static final List<String> ROLES = List.of("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDITOR", "COUNTY_STAFF",
			"TOWNSHIP_STAFF", "VILLAGE_STAFF");

	static final String NO_SUCH_ATTACHMENT = "00000000-0000-0000-0000-000000000000";

	/**
	 * The records a path names, by the path up to its last variable ({@code {}} for
	 * each): a query for ids in the township whose code starts with {@code :p} (one
	 * column per variable), or, for records every township of the county shares
	 * (standards, reference lists), {@code SHARED:} and a query for any such record.
	 */
	static final Map<String, String> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("/api/benefits/conscript-allowance/standards/{}",
				"SHARED:select id from benefits.conscript_allowance_standard order by id limit 1");
		KINDS.put("/api/benefits/people/{}", "select id from registry.veteran where household_region_code like :p");
		KINDS.put("/api/benefits/overpayments/{}", "select id from benefits.overpayment where region_code like :p");
		KINDS.put("/api/benefits/runs/{}", "select id from benefits.payment_run where region_code like :p");
		KINDS.put("/api/benefits/standards/{}",
				"SHARED:select id from benefits.benefit_standard where region_code = '330421000000' order by id limit 1");
		// a year nobody entered: a probe must not delete the seeded arrangements
		KINDS.put("/api/calendar/years/{}", "SHARED:select 2099");
		// Cadences are the county's (a township reads them; the county's staff sets
		// them).
		KINDS.put("/api/contact/cadences/{}",
				"SHARED:select id from contact.cadence where region_code is null order by id limit 1");
		KINDS.put("/api/contact/liaisons/{}", "select s.id from organization.staff s "
				+ "join organization.service_station st on st.id = s.station_id where st.region_code like :p");
		KINDS.put("/api/contact/people/{}", "select veteran_id from contact.follow where region_code like :p");
		KINDS.put("/api/contact/records/{}", "select id from contact.contact_record where region_code like :p");
		KINDS.put("/api/petitions/{}", "select id from petitions.petition where region_code like :p");
		KINDS.put("/api/petitions/{}/letters/{}",
				"select id, 'ACCEPTANCE' from petitions.petition where region_code like :p");
		KINDS.put("/api/petitions/{}/review-opinions/{}",
				"select id, 'REVIEW' from petitions.petition where region_code like :p");
		KINDS.put("/api/risk/items/{}", "select id from risk.risk_item where region_code like :p");
		KINDS.put("/api/risk/items/{}/evidence/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from risk.risk_item where region_code like :p");
		KINDS.put("/api/risk/screenings/{}", "select id from risk.screening_round where region_code like :p");
		KINDS.put("/api/risk/screenings/{}/items/{}",
				"select round_id, id from risk.screening_item where region_code like :p");
		KINDS.put("/api/risk/warnings/{}", "select id from risk.warning where region_code like :p");
		KINDS.put("/api/care/campaigns/{}", "select id from care.campaign where region_code like :p");
		KINDS.put("/api/care/campaigns/{}/targets/{}",
				"select campaign_id, id from care.campaign_target where region_code like :p");
		KINDS.put("/api/care/campaigns/{}/targets/{}/evidence/{}", "select campaign_id, id, '" + NO_SUCH_ATTACHMENT
				+ "' from care.campaign_target where region_code like :p");
		KINDS.put("/api/care/garrison-units/{}", "select id from care.garrison_unit where region_code like :p");
		KINDS.put("/api/care/plans/{}", "select id from care.visit_plan where region_code like :p");
		KINDS.put("/api/care/problems/{}", "select id from care.problem where region_code like :p");
		KINDS.put("/api/care/visits/{}", "select id from care.visit where region_code like :p");
		KINDS.put("/api/care/visits/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from care.visit where region_code like :p");
		KINDS.put("/api/grading/assessments/{}", "select id from grading.assessment where region_code like :p");
		KINDS.put("/api/grading/assessments/{}/evidence/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from grading.assessment where region_code like :p");
		KINDS.put("/api/grading/stations/{}",
				"select s.id from organization.service_station s where s.region_code like :p");
		KINDS.put("/api/grading/tasks/{}", "select id from grading.improvement_task where region_code like :p");
		KINDS.put("/api/employment/employers/{}", "select id from employment.employer where region_code like :p");
		KINDS.put("/api/employment/posts/{}", "select id from employment.post where region_code like :p");
		KINDS.put("/api/employment/profiles/{}", "select p.veteran_id from employment.profile p "
				+ "join registry.veteran v on v.id = p.veteran_id where v.household_region_code like :p");
		KINDS.put("/api/employment/referrals/{}", "select id from employment.referral where region_code like :p");
		KINDS.put("/api/grants/policies/{}", "SHARED:select '330421000000'");
		KINDS.put("/api/grants/types/{}", "SHARED:select code from grants.grant_type order by code limit 1");
		KINDS.put("/api/grants/{}", "select id from grants.hardship_grant where region_code like :p");
		KINDS.put("/api/grants/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from grants.hardship_grant where region_code like :p");
		KINDS.put("/api/honors/merit-notices/{}", "select id from honors.merit_notice where region_code like :p");
		KINDS.put("/api/honors/plaque-households/{}",
				"select id from honors.plaque_household where region_code like :p");
		KINDS.put("/api/honors/plaques/{}", "select id from honors.glory_plaque where region_code like :p");
		KINDS.put("/api/honors/plaques/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from honors.glory_plaque where region_code like :p");
		KINDS.put("/api/honors/send-offs/{}", "select id from honors.recruit_send_off where region_code like :p");
		KINDS.put("/api/identity/roles/{}", "SHARED:select id from identity.role where code = 'VILLAGE_STAFF'");
		KINDS.put("/api/identity/users/{}", "select id from identity.app_user where scope_code like :p");
		KINDS.put("/api/jobs/{}", "select j.id from jobs.job j join identity.app_user u on u.username = j.owner "
				+ "where u.scope_code like :p");
		KINDS.put("/api/meetings/{}", "select id from meetings.meeting where region_code like :p");
		KINDS.put("/api/meetings/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from meetings.meeting where region_code like :p");
		KINDS.put("/api/meetings/action-items/{}", "select id from meetings.action_item where region_code like :p");
		KINDS.put("/api/meetings/action-items/{}/evidence/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from meetings.action_item where region_code like :p");
		KINDS.put("/api/messaging/campaigns/{}", "select id from messaging.message_campaign where scope_code like :p");
		KINDS.put("/api/messaging/greetings/{}", "SHARED:select 'BIRTHDAY'");
		KINDS.put("/api/messaging/inbox/{}", "select m.id from messaging.inbox_message m "
				+ "join identity.app_user u on u.username = m.username where u.scope_code like :p");
		KINDS.put("/api/messaging/opt-outs/{}", "select id from messaging.opt_out where scope_code like :p");
		// Templates carry no region yet (issue 13.5 scopes them).
		KINDS.put("/api/messaging/templates/{}",
				"SHARED:select id from messaging.message_template order by id limit 1");
		KINDS.put("/api/organization/regions/{}", "SHARED:select :p || '000'");
		KINDS.put("/api/organization/staff/{}", "select s.id from organization.staff s "
				+ "join organization.service_station st on st.id = s.station_id where st.region_code like :p");
		KINDS.put("/api/organization/stations/{}",
				"select id from organization.service_station where region_code like :p");
		KINDS.put("/api/publicity/articles/{}", "select id from publicity.policy_article where region_code like :p");
		KINDS.put("/api/publicity/articles/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from publicity.policy_article where region_code like :p");
		KINDS.put("/api/publicity/feed/{}", "select id from publicity.policy_article where region_code like :p");
		KINDS.put("/api/publicity/feed/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from publicity.policy_article where region_code like :p");
		KINDS.put("/api/registry/beneficiaries/{}", "select b.id from registry.beneficiary b "
				+ "join registry.veteran v on v.id = b.veteran_id where v.household_region_code like :p");
		KINDS.put("/api/registry/confirmation-campaigns/{}",
				"select id from registry.confirmation_campaign where region_code like :p");
		KINDS.put("/api/registry/confirmation-campaigns/{}/items/{}",
				"select campaign_id, id from registry.confirmation_item where region_code like :p");
		KINDS.put("/api/registry/dictionaries/{}", "SHARED:select 'education'");
		KINDS.put("/api/registry/dictionaries/{}/{}",
				"SHARED:select kind, code from registry.dictionary_item order by kind, code limit 1");
		KINDS.put("/api/registry/dictionaries/{}/synonyms/{}",
				"SHARED:select kind, id from registry.dictionary_synonym order by id limit 1");
		KINDS.put("/api/registry/transfers/{}", "select id from registry.transfer_request "
				+ "where from_region_code like :p and to_region_code like :p");
		KINDS.put("/api/registry/veterans/{}", "select id from registry.veteran where household_region_code like :p");
		KINDS.put("/api/registry/veterans/{}/attachments/{}",
				"select id, '" + NO_SUCH_ATTACHMENT + "' from registry.veteran where household_region_code like :p");
		KINDS.put("/api/registry/veterans/{}/family-members/{}",
				"select f.veteran_id, f.id from registry.family_member f "
						+ "join registry.veteran v on v.id = f.veteran_id where v.household_region_code like :p");
	}

	/**
	 * Kinds every township has in the demo data: probing them with real records is a
	 * must.
	 */
	static final Set<String> MUST_HAVE_RECORDS = Set.of("/api/registry/veterans/{}", "/api/registry/beneficiaries/{}",
			"/api/organization/stations/{}", "/api/organization/staff/{}", "/api/identity/users/{}",
			"/api/care/visits/{}", "/api/honors/plaque-households/{}", "/api/care/campaigns/{}/targets/{}",
			"/api/meetings/{}", "/api/meetings/action-items/{}");

	/**
	 * Fields whose value is the region a record belongs to. A transfer's two ends are not
	 * among them: both townships see the request between them (the receiving one
	 * decides).
	 */
	static final Set<String> REGION_FIELDS = Set.of("regionCode", "householdRegionCode", "scopeCode");

	@LocalServerPort
	int port;

	final RequestMappingHandlerMapping mappings;

	final JdbcClient jdbc;

	final PasswordEncoder passwords;

	EndpointScopeMatrixTests(RequestMappingHandlerMapping requestMappingHandlerMapping, JdbcClient jdbc,
			PasswordEncoder passwords) {
		this.mappings = requestMappingHandlerMapping;
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	record Endpoint(String method, String pattern) {
	}

	@Test
	void noRoleOfOneTownshipReachesTheOtherTownshipsRecordsThroughAnyEndpoint() {
		List<Endpoint> endpoints = endpoints();
		Set<String> unknownKinds = new TreeSet<>();
		for (Endpoint endpoint : endpoints) {
			String key = kindKey(endpoint.pattern());
			if (key != null && !KINDS.containsKey(key)) {
				unknownKinds.add(key + "  (" + endpoint.method() + " " + endpoint.pattern() + ")");
			}
		}
		assertThat(unknownKinds).as("path variables of a kind EndpointScopeMatrixTests.KINDS does not know").isEmpty();

		Map<String, Map<String, List<String>>> records = new TreeMap<>();
		for (String prefix : TOWNSHIPS.keySet()) {
			records.put(prefix, recordsOf(prefix));
		}
		for (String kind : MUST_HAVE_RECORDS) {
			for (String prefix : TOWNSHIPS.keySet()) {
				assertThat(records.get(prefix).get(kind)).as(kind + " in " + TOWNSHIPS.get(prefix)).isNotNull();
			}
		}

		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String role : ROLES) {
			for (String own : TOWNSHIPS.keySet()) {
				String other = TOWNSHIPS.keySet().stream().filter((p) -> !p.equals(own)).findFirst().orElseThrow();
				ApiClient client = login(role, own);
				for (Endpoint endpoint : endpoints) {
					String key = kindKey(endpoint.pattern());
					List<String> values = (key != null) ? records.get(other).get(key) : List.of();
					boolean shared = key != null && KINDS.get(key).startsWith("SHARED:");
					if (values == null) {
						values = noSuchRecord(endpoint.pattern());
					}
					String path = fill(endpoint.pattern(), values);
					ApiClient.Response response = send(client, endpoint.method(), path, other);
					requests++;
					String who = role + "@" + TOWNSHIPS.get(own) + " " + endpoint.method() + " " + path;
					if (response.status() >= 500) {
						failures.add(who + " → " + response.status() + " " + response.body());
					}
					else if (response.status() < 300) {
						if (key != null && !shared && records.get(other).get(key) != null) {
							failures.add(who + " → " + response.status() + " on the other township's record");
						}
						else if (leaks(response, other)) {
							failures.add(who + " → " + response.status() + " with the other township's data");
						}
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(ROLES.size() * 2 * 150);
		assertThat(failures).as("answers across the township boundary").isEmpty();
	}

	/** Every API endpoint but the caller's own session (logging out ends the probe). */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") || pattern.startsWith("/api/auth/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.name(), pattern));
				}
			}
		}
		endpoints.sort((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
		return endpoints;
	}

	/**
	 * The pattern up to its last path variable, each variable as {}; null without one.
	 */
	static String kindKey(String pattern) {
		int last = pattern.lastIndexOf('}');
		return (last < 0) ? null : pattern.substring(0, last + 1).replaceAll("\\{[^}]*}", "{}");
	}

	private Map<String, List<String>> recordsOf(String prefix) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		KINDS.forEach((key, query) -> {
			String sql = query.startsWith("SHARED:") ? query.substring("SHARED:".length()) : query;
			List<List<String>> rows = this.jdbc.sql(sql + (sql.contains(" limit ") ? "" : " order by 1 limit 1"))
				.param("p", prefix + "%")
				.query((rs, row) -> {
					List<String> values = new ArrayList<>();
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						values.add(rs.getString(i));
					}
					return values;
				})
				.list();
			if (!rows.isEmpty()) {
				found.put(key, rows.get(0));
			}
		});
		return found;
	}

	private static List<String> noSuchRecord(String pattern) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < pattern.chars().filter((c) -> c == '{').count(); i++) {
			values.add("999999999");
		}
		return values;
	}

	private static String fill(String pattern, List<String> values) {
		StringBuilder path = new StringBuilder();
		int next = 0;
		for (String segment : pattern.substring(1).split("/")) {
			path.append('/');
			path.append(segment.startsWith("{") ? values.get(Math.min(next++, values.size() - 1)) : segment);
		}
		return path.toString();
	}

	/**
	 * Optional filters that name a region get the other township's code, so a filter that
	 * bypasses the scope shows.
	 */
	private static ApiClient.Response send(ApiClient client, String method, String path, String other) {
		String probe = path + "?regionCode=" + other + "000&scopeCode=" + other + "000";
		return switch (method) {
			case "GET" -> client.get(probe);
			case "POST" -> client.post(probe, Map.of());
			case "PUT" -> client.put(probe, Map.of());
			case "DELETE" -> client.delete(probe);
			default -> client.get(probe);
		};
	}

	private static boolean leaks(ApiClient.Response response, String other) {
		if (!response.contentType().contains("json") || response.body().isBlank()) {
			return response.body().contains("\"" + other);
		}
		return leaks(response.json(), other);
	}

	private static boolean leaks(JsonNode node, String other) {
		if (node.isObject()) {
			for (var field : node.properties()) {
				if (REGION_FIELDS.contains(field.getKey()) && field.getValue().isString()
						&& field.getValue().asString().startsWith(other)) {
					return true;
				}
				if (leaks(field.getValue(), other)) {
					return true;
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode item : node) {
				if (leaks(item, other)) {
					return true;
				}
			}
		}
		return false;
	}

	/** An account of the role in the township (村级联络员 in one of its villages). */
	private ApiClient login(String role, String prefix) {
		String username = "matrix." + role.toLowerCase().replace('_', '-') + "." + TOWNSHIPS.get(prefix);
		String scope = role.equals("VILLAGE_STAFF")
				? this.jdbc.sql("select min(code) from organization.region where code like :p and code not like '%000'")
					.param("p", prefix + "%")
					.query(String.class)
					.single()
				: prefix + "000";
		if (this.jdbc.sql("select count(*) from identity.app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single() == 0) {
			long id = this.jdbc
				.sql("""
						insert into identity.app_user (username, display_name, password_hash, scope_code, must_change_password)
						values (:u, :u, :hash, :scope, false) returning id
						""")
				.param("u", username)
				.param("hash", this.passwords.encode("Matrix2026pw"))
				.param("scope", scope)
				.query(Long.class)
				.single();
			this.jdbc.sql(
					"insert into identity.user_role (user_id, role_id) select :id, id from identity.role where code = :r")
				.param("id", id)
				.param("r", role)
				.update();
		}
		ApiClient client = new ApiClient(this.port);
		client.login(username, "Matrix2026pw").expect(200);
		return client;
	}

}
