package org.rongjun.grants;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.rongjun.attachments.Attachment;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.support.ApiClient;
import org.rongjun.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application's evidence files (kept by the attachments module behind the grant's own
 * scope) and the reviewer's to-do on the workbench.
 */
@IntegrationTest
class GrantEvidenceAndWorkTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	static final RegionScope XIJIE = RegionScope.of(RegionCode.of("330421103001"));

	static final RegionScope XITANG = RegionScope.of(RegionCode.of("330421103000"));

	@LocalServerPort
	int port;

	final HardshipGrants grants;

	final GrantEvidence evidence;

	final VeteranRegistry registry;

	GrantEvidenceAndWorkTests(HardshipGrants grants, GrantEvidence evidence, VeteranRegistry registry) {
		this.grants = grants;
		this.evidence = evidence;
		this.registry = registry;
	}

	@Test
	void evidenceIsReadInsideTheGrantsScopeOnlyAndFrozenOnceDecided() {
		HardshipGrant grant = apply();
		Attachment invoice = this.evidence.add(grant.id(), "住院发票.pdf", "application/pdf", new ByteArrayInputStream(PDF),
				XIJIE, "xijie.staff");

		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		JsonNode files = xitang.get("/api/grants/" + grant.id() + "/attachments").expect(200).json();
		assertThat(files.get(0).get("fileName").asString()).isEqualTo("住院发票.pdf");
		ApiClient.Response download = xitang.get("/api/grants/" + grant.id() + "/attachments/" + invoice.id())
			.expect(200);
		assertThat(download.contentType()).isEqualTo("application/pdf");
		assertThat(download.headers().get("content-disposition").get(0)).contains("attachment");
		ApiClient dayun = ApiClient.loggedIn(this.port, "dayun.staff");
		dayun.get("/api/grants/" + grant.id() + "/attachments").expect(404);
		dayun.get("/api/grants/" + grant.id() + "/attachments/" + invoice.id()).expect(404);

		assertThatThrownBy(() -> this.evidence.remove(grant.id(), invoice.id(), XITANG, "xitang.staff"))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("自己上传");

		this.grants.decide(grant.id(), new ReviewCommand(ReviewAction.APPROVE, null, null), XITANG, "xitang.staff");
		assertThatThrownBy(() -> this.evidence.add(grant.id(), "补充.pdf", "application/pdf",
				new ByteArrayInputStream(PDF), XIJIE, "xijie.staff"))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("审结");
		assertThatThrownBy(() -> this.evidence.remove(grant.id(), invoice.id(), XIJIE, "xijie.staff"))
			.isInstanceOf(ProblemException.class);
		assertThat(this.evidence.list(grant.id(), XITANG)).hasSize(1);
	}

	@Test
	void theUploaderRemovesTheirFileWhileTheApplicationIsOpen() {
		HardshipGrant grant = apply();
		Attachment wrong = this.evidence.add(grant.id(), "错传.pdf", null, new ByteArrayInputStream(PDF), XIJIE,
				"xijie.staff");
		this.evidence.remove(grant.id(), wrong.id(), XIJIE, "xijie.staff");
		assertThat(this.evidence.list(grant.id(), XIJIE)).isEmpty();
	}

	@Test
	void theWorkbenchCountsWhatWaitsInTheReviewersInbox() {
		apply();
		ApiClient xitang = ApiClient.loggedIn(this.port, "xitang.staff");
		long inbox = xitang.get("/api/grants/inbox?size=1").expect(200).json().get("total").asLong();
		assertThat(inbox).isPositive();
		assertThat(countOf(xitang.get("/api/workbench").expect(200).json(), "grants.inbox")).isEqualTo(inbox);
		List<String> keys = new ArrayList<>();
		ApiClient.loggedIn(this.port, "county.auditor")
			.get("/api/workbench")
			.expect(200)
			.json()
			.forEach((item) -> keys.add(item.get("key").asString()));
		assertThat(keys).doesNotContain("grants.inbox", "grants.returned");
	}

	private HardshipGrant apply() {
		long veteran = this.registry
			.search(new VeteranSearch(null, null, null, null, null, null, null, null, null), XIJIE, PageQuery.of(0, 1))
			.items()
			.get(0)
			.id();
		return this.grants.apply(new GrantApplication(veteran, "MEDICAL", 300_00, "住院治疗", 2, Payout.PAYMENT_RUN), XIJIE,
				"xijie.staff");
	}

	private static long countOf(JsonNode board, String key) {
		for (JsonNode item : board) {
			if (item.get("key").asString().equals(key)) {
				return item.get("count").asLong();
			}
		}
		return 0;
	}

}
