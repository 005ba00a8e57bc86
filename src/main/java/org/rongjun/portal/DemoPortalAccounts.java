package org.rongjun.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.registry.Veteran;
import org.rongjun.registry.VeteranRegistry;
import org.rongjun.registry.VeteranSearch;
import org.rongjun.shared.ConditionalOnDemoData;
import org.rongjun.shared.PageQuery;
import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo portal accounts with the demo password (README): the first living veteran of
 * 罗星街道 who receives a benefit, and the first living veteran of 西塘镇. The demo has no SMSC,
 * so sign-up codes cannot arrive there; these accounts let a newcomer sign in.
 */
@Component
@Order(60)
@ConditionalOnDemoData
class DemoPortalAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPortalAccounts.class);

	static final String DEMO_PASSWORD = "Rongjun@2026";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final VeteranRegistry registry;

	DemoPortalAccounts(JdbcClient jdbc, PasswordEncoder passwords, VeteranRegistry registry) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.registry = registry;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from portal.account)").query(Boolean.class).single()) {
			return;
		}
		List<Long> files = new ArrayList<>();
		first(new VeteranSearch(null, null, null, null, null, "RECEIVING", null, null, null), "330421002000")
			.ifPresent(files::add);
		first(new VeteranSearch(null, null, null, null, null, null, null, null, null), "330421103000")
			.ifPresent(files::add);
		String hash = this.passwords.encode(DEMO_PASSWORD);
		for (long file : files) {
			this.jdbc.sql("""
					insert into portal.account (veteran_id, password_hash, activated_at)
					values (:veteran, :hash, now()) on conflict do nothing
					""").param("veteran", file).param("hash", hash).update();
		}
		log.info("Seeded {} demo portal accounts", files.size());
	}

	/** The first living person of the region's files in the registry's own order. */
	private Optional<Long> first(VeteranSearch search, String region) {
		return this.registry.search(search, RegionScope.of(RegionCode.of(region)), PageQuery.of(0, 50))
			.items()
			.stream()
			.filter((veteran) -> veteran.deathDate() == null)
			.map(Veteran::id)
			.findFirst();
	}

}
