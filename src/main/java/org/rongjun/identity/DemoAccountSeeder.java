package org.rongjun.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.rongjun.shared.ConditionalOnDemoData;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for every role at county, township and village level of the demo county
 * (see README). They share one initial password and must change it at first login. Seeded
 * only while no account exists.
 */
@Component
@Order(20)
@ConditionalOnDemoData
class DemoAccountSeeder implements ApplicationRunner {

	record DemoAccount(String username, String displayName, String scopeCode, String role) {
	}

	static final String COUNTY = "330421000000";

	static final String XITANG = "330421103000";

	static final String DAYUN = "330421102000";

	static final String XIJIE = "330421103001";

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("county.admin", "嘉善县系统管理员", COUNTY, "SYSTEM_ADMIN"),
			new DemoAccount("county.security", "嘉善县安全管理员", COUNTY, "SECURITY_ADMIN"),
			new DemoAccount("county.auditor", "嘉善县审计管理员", COUNTY, "AUDITOR"),
			new DemoAccount("county.staff", "县局业务员 陈志强", COUNTY, "COUNTY_STAFF"),
			new DemoAccount("county.checker", "县局复核员 王建华", COUNTY, "COUNTY_STAFF"),
			new DemoAccount("xitang.admin", "西塘镇系统管理员", XITANG, "SYSTEM_ADMIN"),
			new DemoAccount("xitang.staff", "西塘镇业务员 沈丽华", XITANG, "TOWNSHIP_STAFF"),
			new DemoAccount("dayun.staff", "大云镇业务员 顾明", DAYUN, "TOWNSHIP_STAFF"),
			new DemoAccount("xijie.staff", "西街社区联络员 陆芳", XIJIE, "VILLAGE_STAFF"));

	private static final Logger log = LoggerFactory.getLogger(DemoAccountSeeder.class);

	private final UserRepository users;

	private final RoleRepository roles;

	private final PasswordEncoder passwords;

	private final String initialPassword;

	DemoAccountSeeder(UserRepository users, RoleRepository roles, PasswordEncoder passwords,
			@Value("${rongjun.demo.initial-password:Rongjun@2026}") String initialPassword) {
		this.users = users;
		this.roles = roles;
		this.passwords = passwords;
		this.initialPassword = initialPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		String hash = this.passwords.encode(this.initialPassword);
		for (DemoAccount account : ACCOUNTS) {
			long id = this.users.insert(account.username(), account.displayName(), hash, account.scopeCode(), true);
			Role role = this.roles.findByCodes(List.of(account.role())).get(0);
			this.users.replaceRoles(id, List.of(role.id()));
		}
		log.info("Seeded {} demo accounts (initial password in README; change required at first login)",
				ACCOUNTS.size());
	}

}
