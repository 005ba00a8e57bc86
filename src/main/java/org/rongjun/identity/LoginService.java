package org.rongjun.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.organization.RegionDirectory;
import org.rongjun.shared.Outage;
import org.rongjun.shared.ProblemException;
import org.rongjun.shared.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks credentials and applies the login-failure rule of 等保 8.1.4.1 b) through
 * {@link LoginThrottle} (ADR 0021): failures count per typed name and source address, so
 * an unknown name gets exactly the answers a real one gets, and an attacker elsewhere
 * cannot lock an administrator out. Failure counts are committed even though the request
 * fails.
 */
@Service
public class LoginService {

	private static final Logger log = LoggerFactory.getLogger(LoginService.class);

	private final UserRepository users;

	private final RoleRepository roles;

	private final RegionDirectory regions;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final LoginThrottle throttle;

	private final TransactionTemplate savepoint;

	/** Compared against when the user does not exist, so that both cases take as long. */
	private final String decoyHash;

	LoginService(UserRepository users, RoleRepository roles, RegionDirectory regions, PasswordEncoder passwords,
			AuditTrail audit, LoginThrottle throttle, PlatformTransactionManager transactions) {
		this.users = users;
		this.roles = roles;
		this.regions = regions;
		this.passwords = passwords;
		this.audit = audit;
		this.throttle = throttle;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.decoyHash = passwords.encode("decoy-password-0");
	}

	/**
	 * Deliberately not one transaction: the password hash takes tens of milliseconds of
	 * CPU (more under load), and a transaction would hold a pooled connection, and after
	 * the first write the account's row lock, through it and through the audit chain's
	 * lock. Each statement commits on its own, so failure counts stick although the
	 * request fails.
	 */
	public AuthenticatedUser authenticate(String username, String password, @Nullable String ip) {
		String name = username.strip().toLowerCase();
		String source = (ip != null) ? ip : "unknown";
		Instant now = Instant.now();
		Optional<UserRow> found = this.users.findByUsername(name);
		String scope = found.map(UserRow::scopeCode).orElse(null);
		if (this.throttle.blockedUntil(name, source, now).isPresent()) {
			failed(name, scope, ip, "暂停登录期间再次尝试");
			throw locked();
		}
		boolean matches = this.passwords.matches(password, found.map(UserRow::passwordHash).orElse(this.decoyHash));
		if (found.isEmpty() || !matches) {
			failed(name, scope, ip, found.isEmpty() ? "用户名不存在" : "密码错误");
			Optional<Instant> blocked = this.throttle.recordFailure(name, source, now);
			if (blocked.isPresent()) {
				log.warn("Logins of {} from {} paused until {} after {} failures", name, source, blocked.get(),
						this.throttle.maxFailures());
				this.audit.record(new AuditEvent(name, scope, "ACCOUNT_LOCKED", "user:" + name, AuditOutcome.SUCCESS,
						ip,
						"来自 " + source + " 的连续 " + this.throttle.maxFailures() + " 次登录失败，暂停该来源登录至 " + blocked.get()));
				throw locked();
			}
			throw badCredentials();
		}
		UserRow user = found.get();
		if (!user.enabled()) {
			failed(name, user.scopeCode(), ip, "账号已停用");
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "AUTH_DISABLED", "登录失败", "账号已停用，请联系管理员");
		}
		keepIfStorageAllows("login throttle of " + name, () -> this.throttle.recordSuccess(name, source));
		keepIfStorageAllows("last login of " + name, () -> this.users.recordSuccess(user.id()));
		keepIfStorageAllows("audit entry LOGIN " + name + " from " + ip, () -> this.audit
			.record(new AuditEvent(name, user.scopeCode(), "LOGIN", "session", AuditOutcome.SUCCESS, ip, null)));
		return principal(user);
	}

	@Transactional
	public AuthenticatedUser changePassword(AuthenticatedUser principal, String oldPassword, String newPassword,
			@Nullable String ip) {
		UserRow user = this.users.findById(principal.id()).orElseThrow(() -> ProblemException.notFound("用户不存在"));
		if (!this.passwords.matches(oldPassword, user.passwordHash())) {
			throw ProblemException.invalidField("oldPassword", "原密码不正确");
		}
		if (oldPassword.equals(newPassword)) {
			throw ProblemException.invalidField("newPassword", "新密码不能与原密码相同");
		}
		PasswordPolicy.check("newPassword", newPassword, user.username());
		this.users.updatePassword(user.id(), this.passwords.encode(newPassword), false);
		this.audit.record(new AuditEvent(user.username(), user.scopeCode(), "PASSWORD_CHANGED",
				"user:" + user.username(), AuditOutcome.SUCCESS, ip, null));
		return reload(user.id()).orElseThrow();
	}

	/**
	 * The principal as the database has it now, or empty when the account is gone or
	 * disabled.
	 */
	@Transactional(readOnly = true)
	public Optional<AuthenticatedUser> reload(long userId) {
		return this.users.findById(userId).filter(UserRow::enabled).map(this::principal);
	}

	@Transactional(readOnly = true)
	public Me me(AuthenticatedUser principal) {
		UserRow user = this.users.findById(principal.id()).orElseThrow(() -> ProblemException.notFound("用户不存在"));
		List<Me.RoleRef> roleRefs = new ArrayList<>();
		this.roles.findByCodes(this.users.roleCodes(user.id()))
			.forEach((role) -> roleRefs.add(new Me.RoleRef(role.code(), role.name())));
		Me.ScopeRef scope = null;
		if (user.scopeCode() != null) {
			scope = new Me.ScopeRef(user.scopeCode(), this.regions.nameOf(user.scopeCode()),
					RegionCode.of(user.scopeCode()).level().name());
		}
		return new Me(user.id(), user.username(), user.displayName(), roleRefs,
				List.copyOf(this.users.permissions(user.id())), scope, user.mustChangePassword());
	}

	/**
	 * A login's bookkeeping on a savepoint: when the disk is full it is dropped (and
	 * logged) rather than failing the login, so people already known can still sign in
	 * and read while nothing can be written.
	 */
	private void keepIfStorageAllows(String what, Runnable write) {
		try {
			this.savepoint.executeWithoutResult((status) -> write.run());
		}
		catch (RuntimeException ex) {
			if (Outage.causing(ex).orElse(null) != Outage.STORAGE_FULL) {
				throw ex;
			}
			log.warn("Storage is full: login goes ahead without writing the {}", what);
		}
	}

	private AuthenticatedUser principal(UserRow user) {
		return new AuthenticatedUser(user.id(), user.username(), user.displayName(), user.scopeCode(),
				this.users.roleCodes(user.id()), this.users.permissions(user.id()), user.mustChangePassword(),
				user.securityVersion());
	}

	private void failed(String username, @Nullable String scopeCode, @Nullable String ip, String reason) {
		this.audit
			.record(new AuditEvent(username, scopeCode, "LOGIN_FAILED", "session", AuditOutcome.FAILURE, ip, reason));
	}

	private static ProblemException badCredentials() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "AUTH_BAD_CREDENTIALS", "登录失败", "用户名或密码错误");
	}

	/** The same words for every name, existing or not, blocked per source or delayed. */
	private ProblemException locked() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "AUTH_LOCKED", "暂停登录",
				"登录失败次数过多，请稍后再试（最长 " + this.throttle.duration().toMinutes() + " 分钟），或请安全管理员解除");
	}

}
