package org.rongjun.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.rongjun.portal.PortalPeople.Person;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two kinds of session, two halves of the API (ADR 0043): a portal session is refused
 * (403) by every staff endpoint the application maps, and every staff role is refused by
 * every portal endpoint but the open sign-up and sign-in. The endpoints come from the
 * handler mappings, as in {@code EndpointScopeMatrixTests}, so a new endpoint is covered
 * without a test of its own.
 */
@IntegrationTest
class PortalBoundaryTests {

	/** Open to anyone: the portal's sign-up and sign-in, the staff login and CSRF. */
	static final Set<String> OPEN = Set.of("POST /api/portal/auth/activation-code", "POST /api/portal/auth/activation",
			"POST /api/portal/auth/login", "POST /api/auth/login", "GET /api/auth/csrf");

	@LocalServerPort
	int port;

	final RequestMappingHandlerMapping mappings;

	PortalBoundaryTests(RequestMappingHandlerMapping requestMappingHandlerMapping) {
		this.mappings = requestMappingHandlerMapping;
	}

	@Test
	void aPortalSessionReachesNoStaffEndpoint() {
		Person person = PortalPeople.of(this.port, "330421103000", 31);
		ApiClient portal = PortalPeople.from(this.port, "198.51.100.81");
		PortalPeople.signUp(portal, person, "Laobing2026!");
		List<String> reached = new ArrayList<>();
		int probed = 0;
		for (String endpoint : endpoints()) {
			if (endpoint.contains(" /api/portal/") || OPEN.contains(endpoint)) {
				continue;
			}
			ApiClient.Response response = send(portal, endpoint);
			probed++;
			if (response.status() != 403) {
				reached.add(endpoint + " → " + response.status());
			}
		}
		assertThat(probed).isGreaterThan(150);
		assertThat(reached).as("staff endpoints answering a portal session other than 403").isEmpty();
		portal.get("/api/portal/file").expect(200);
	}

	@Test
	void noStaffRoleReachesAPortalEndpoint() {
		List<String> portalEndpoints = endpoints().stream()
			.filter((endpoint) -> endpoint.contains(" /api/portal/") && !OPEN.contains(endpoint))
			.toList();
		assertThat(portalEndpoints).contains("GET /api/portal/file", "GET /api/portal/payments",
				"GET /api/portal/household", "POST /api/portal/auth/logout");
		List<String> reached = new ArrayList<>();
		for (String username : List.of("county.admin", "county.security", "county.auditor", "county.staff",
				"xitang.staff", "xijie.staff")) {
			ApiClient staff = ApiClient.loggedIn(this.port, username);
			for (String endpoint : portalEndpoints) {
				ApiClient.Response response = send(staff, endpoint);
				if (response.status() != 403) {
					reached.add(username + " " + endpoint + " → " + response.status());
				}
			}
		}
		assertThat(reached).as("portal endpoints answering a staff session other than 403").isEmpty();
		new ApiClient(this.port).get("/api/portal/file").expect(401);
	}

	private List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method.name() + " " + pattern.replaceAll("\\{[^}]*}", "1"));
				}
			}
		}
		endpoints.sort(String::compareTo);
		return endpoints;
	}

	private static ApiClient.Response send(ApiClient client, String endpoint) {
		String[] parts = endpoint.split(" ", 2);
		return switch (parts[0]) {
			case "POST" -> client.post(parts[1], Map.of());
			case "PUT" -> client.put(parts[1], Map.of());
			case "DELETE" -> client.delete(parts[1]);
			default -> client.get(parts[1]);
		};
	}

}
