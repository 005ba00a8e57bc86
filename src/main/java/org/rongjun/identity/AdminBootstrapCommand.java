package org.rongjun.identity;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.organization.RegionDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --bootstrap-admins=REGION_CODE}: on a fresh production database (no demo data),
 * creates the three separated administrators (三员分立) — {@code sysadmin}, {@code secadmin},
 * {@code auditor} — scoped to the given region, each with a random one-time password
 * written to the log, then exits. Refuses when accounts already exist. Load the regions
 * first ({@code --import-regions}).
 */
@Component
@Order(1)
class AdminBootstrapCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrapCommand.class);

	private static final List<String[]> ADMINS = List.of(new String[] { "sysadmin", "系统管理员", "SYSTEM_ADMIN" },
			new String[] { "secadmin", "安全管理员", "SECURITY_ADMIN" }, new String[] { "auditor", "审计管理员", "AUDITOR" });

	private final UserRepository users;

	private final RoleRepository roles;

	private final RegionDirectory regions;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final ApplicationContext context;

	AdminBootstrapCommand(UserRepository users, RoleRepository roles, RegionDirectory regions,
			PasswordEncoder passwords, TransactionTemplate transactions, ApplicationContext context) {
		this.users = users;
		this.roles = roles;
		this.regions = regions;
		this.passwords = passwords;
		this.transactions = transactions;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("bootstrap-admins")) {
			return;
		}
		int exitCode = bootstrap(args.getOptionValues("bootstrap-admins").get(0)) ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> exitCode));
	}

	boolean bootstrap(String scopeCode) {
		if (!this.regions.isCurrent(scopeCode)) {
			log.error("Region {} does not exist; import the regions first (--import-regions)", scopeCode);
			return false;
		}
		if (this.users.count() > 0) {
			log.error("Accounts already exist; administrators are created in the web UI");
			return false;
		}
		SecureRandom random = new SecureRandom();
		this.transactions.executeWithoutResult((status) -> {
			for (String[] admin : ADMINS) {
				String password = oneTimePassword(random);
				long id = this.users.insert(admin[0], admin[1], this.passwords.encode(password), scopeCode, true);
				this.users.replaceRoles(id, List.of(this.roles.findByCodes(List.of(admin[2])).get(0).id()));
				log.warn("Created {} ({}) with one-time password {} — change it at first login", admin[0], admin[1],
						password);
			}
		});
		return true;
	}

	private static String oneTimePassword(SecureRandom random) {
		String letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
		String digits = "23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			password.append(letters.charAt(random.nextInt(letters.length())));
		}
		for (int i = 0; i < 4; i++) {
			password.append(digits.charAt(random.nextInt(digits.length())));
		}
		return password.toString();
	}

}
