package org.rongjun.identity;

import java.security.SecureRandom;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
 * Account work done at the server's console, then exits:
 * <ul>
 * <li>{@code --bootstrap-admins=REGION_CODE}: on a fresh production database (no demo
 * data), creates the three separated administrators (三员分立) — {@code sysadmin},
 * {@code secadmin}, {@code auditor} — scoped to the given region. Refuses when accounts
 * already exist. Load the regions first ({@code --import-regions}).</li>
 * <li>{@code --create-admin=USERNAME:ROLE_CODE:REGION_CODE}: one more administrator, e.g.
 * a second auditor; the web refuses to let one administrator kind create another (ADR
 * 0019).</li>
 * <li>{@code --reset-password=USERNAME}: a forgotten administrator password, which no
 * other administrator kind may reset in the web.</li>
 * </ul>
 * Every password is random, one-time (changed at first login) and written to the log;
 * every action is audited as the server console's.
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

	private final AuditTrail audit;

	private final RoleService roleCatalog;

	AdminBootstrapCommand(UserRepository users, RoleRepository roles, RegionDirectory regions,
			PasswordEncoder passwords, TransactionTemplate transactions, ApplicationContext context, AuditTrail audit,
			RoleService roleCatalog) {
		this.users = users;
		this.roles = roles;
		this.regions = regions;
		this.passwords = passwords;
		this.transactions = transactions;
		this.context = context;
		this.audit = audit;
		this.roleCatalog = roleCatalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean done;
		if (args.containsOption("bootstrap-admins")) {
			done = bootstrap(args.getOptionValues("bootstrap-admins").get(0));
		}
		else if (args.containsOption("create-admin")) {
			done = createAdmin(args.getOptionValues("create-admin").get(0));
		}
		else if (args.containsOption("reset-password")) {
			done = resetPassword(args.getOptionValues("reset-password").get(0));
		}
		else {
			return;
		}
		int exitCode = done ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> exitCode));
	}

	boolean createAdmin(String spec) {
		String[] parts = spec.split(":");
		if (parts.length != 3) {
			log.error(
					"--create-admin=USERNAME:ROLE_CODE:REGION_CODE, e.g. --create-admin=auditor2:AUDITOR:330421000000");
			return false;
		}
		String username = parts[0].strip().toLowerCase();
		List<Role> role = this.roles.findByCodes(List.of(parts[1].strip()));
		if (!username.matches("[a-z0-9][a-z0-9._-]{2,49}") || this.users.usernameTaken(username)) {
			log.error("Username {} is not valid or already taken", username);
			return false;
		}
		if (role.isEmpty() || role.get(0).adminKind() == null) {
			log.error("{} is not an administrator role (SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR or a custom one)",
					parts[1]);
			return false;
		}
		if (!this.regions.isCurrent(parts[2].strip())) {
			log.error("Region {} does not exist", parts[2]);
			return false;
		}
		AdminSeparation.checkAccount(role, this.roleCatalog.catalog());
		String password = oneTimePassword(new SecureRandom());
		this.transactions.executeWithoutResult((status) -> {
			long id = this.users.insert(username, role.get(0).name(), this.passwords.encode(password), parts[2].strip(),
					true);
			this.users.replaceRoles(id, List.of(role.get(0).id()));
		});
		consoleAudit("创建管理员账号", username, role.get(0).code());
		log.warn("Created {} ({}) with one-time password {} — change it at first login", username, role.get(0).name(),
				password);
		return true;
	}

	boolean resetPassword(String username) {
		String name = username.strip().toLowerCase();
		var user = this.users.findByUsername(name);
		if (user.isEmpty()) {
			log.error("No account {}", name);
			return false;
		}
		String password = oneTimePassword(new SecureRandom());
		this.transactions.executeWithoutResult((status) -> {
			this.users.updatePassword(user.get().id(), this.passwords.encode(password), true);
			this.users.unlock(user.get().id());
		});
		consoleAudit("重置密码", name, null);
		log.warn("Reset the password of {} to the one-time password {} — change it at first login", name, password);
		return true;
	}

	private void consoleAudit(String operation, String username, @Nullable String detail) {
		this.audit.record(new AuditEvent("(服务器控制台)", null, "WRITE", "console --" + operation, AuditOutcome.SUCCESS,
				null, operation + " " + username + ((detail != null) ? " " + detail : "")));
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
