package org.rongjun.portal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.rongjun.identity.AuditEvent;
import org.rongjun.identity.AuditOutcome;
import org.rongjun.identity.AuditTrail;
import org.rongjun.identity.PasswordPolicy;
import org.rongjun.identity.PortalPrincipal;
import org.rongjun.portal.AccountRepository.Account;
import org.rongjun.registry.OwnFileMatch;
import org.rongjun.registry.OwnFiles;
import org.rongjun.registry.Veteran;
import org.rongjun.shared.DirectTexts;
import org.rongjun.shared.IdNumber;
import org.rongjun.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and signs in portal accounts (ADR 0043). Opening one takes proof: the ID number,
 * name and mobile number must all match a living person's file, and the one-time code
 * texted to that number must come back. Every answer is the same whether a file matched
 * or not — a ticket, "a code was sent if the details are on file" — so the portal tells
 * nobody whose ID number is registered; a person who already has an account gets a text
 * saying so instead of a code. Codes are limited per file (one a minute, five a day) and
 * requests per source address; sign-ins are throttled per account and source and per
 * source. Every step is in the audit log under the account's number, never the ID number.
 */
@Service
public class PortalAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OwnFiles files;

	private final AccountRepository accounts;

	private final CodeTickets tickets;

	private final LoginFailures failures;

	private final DirectTexts texts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final PortalLimits limits;

	/** Compared against when no account matches, so that both cases take as long. */
	private final String decoyHash;

	PortalAccounts(OwnFiles files, AccountRepository accounts, CodeTickets tickets, LoginFailures failures,
			DirectTexts texts, PasswordEncoder passwords, AuditTrail audit, Clock clock, PortalLimits limits) {
		this.files = files;
		this.accounts = accounts;
		this.tickets = tickets;
		this.failures = failures;
		this.texts = texts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.limits = limits;
		this.decoyHash = passwords.encode("decoy-password-0");
	}

	/** What every sign-up request is told, matched or not. */
	public record CodeRequested(UUID ticket, long expiresInSeconds) {
	}

	@Transactional
	public CodeRequested requestActivationCode(String name, String idNumber, String phone, String source) {
		Instant now = this.clock.instant();
		if (this.tickets.requestedFrom(source, now.minus(Duration.ofHours(1))) >= this.limits.codesPerSourcePerHour()) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "PORTAL_TOO_MANY_CODES", "请求过于频繁",
					"本网络请求验证码过于频繁，请一小时后再试");
		}
		Optional<OwnFileMatch> match = this.files.match(idNumber, name, phone);
		UUID ticket = UUID.randomUUID();
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		Instant expires = now.plus(this.limits.codeTtl());
		Long file = match.map(OwnFileMatch::veteranId).orElse(null);
		String outcome;
		boolean sent = false;
		boolean opens = false;
		if (file == null) {
			outcome = "信息与档案不符，未发送";
		}
		else if (tooManyCodes(file, now)) {
			outcome = "该档案验证码次数已达上限，未发送";
		}
		else if (this.accounts.exists(file)) {
			this.texts.send(phone, "【荣军】您已开通退役军人自助服务账户，可直接用身份证号和密码登录。如非本人操作，请忽略本短信。");
			outcome = "已开通，发送提示短信";
			sent = true;
		}
		else {
			this.texts.send(phone,
					"【荣军】您的开通验证码为" + code + "，" + this.limits.codeTtl().toMinutes() + "分钟内有效。工作人员不会向您索取验证码，请勿告诉他人。");
			outcome = "已发送验证码";
			sent = true;
			opens = true;
		}
		this.tickets.insert(ticket, file, code, sent, opens, source, now, expires);
		this.audit.record(
				new AuditEvent(null, match.map(OwnFileMatch::householdRegionCode).orElse(null), "PORTAL_CODE_REQUESTED",
						"申请开通自助服务账户", "身份证号 " + masked(idNumber), null, AuditOutcome.SUCCESS, source, outcome));
		return new CodeRequested(ticket, this.limits.codeTtl().toSeconds());
	}

	/**
	 * Opens the account of the ticket's file with the person's own password and signs
	 * them in. A wrong, expired, used or unmatched ticket gets one answer.
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public PortalPrincipal activate(UUID ticketId, String code, String password, String source) {
		Instant now = this.clock.instant();
		CodeTickets.Ticket ticket = this.tickets.lock(ticketId).orElseThrow(PortalAccounts::wrongCode);
		if (ticket.used() || ticket.attempts() >= this.limits.codeAttempts() || now.isAfter(ticket.expiresAt())) {
			throw wrongCode();
		}
		if (ticket.veteranId() == null || !ticket.opens() || !CodeTickets.matches(ticket, code)) {
			this.tickets.wrongTry(ticketId);
			throw wrongCode();
		}
		Veteran file = this.files.file(ticket.veteranId());
		PasswordPolicy.check("password", password, file.name());
		if (password.contains(file.birthDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE))) {
			throw ProblemException.invalidField("password", "密码不能包含出生日期");
		}
		this.tickets.used(ticketId, now);
		long accountId = this.accounts.insert(ticket.veteranId(), this.passwords.encode(password), now)
			.orElseThrow(() -> ProblemException.conflict("该档案已开通自助服务账户，请直接登录"));
		this.audit.record(new AuditEvent("portal:" + accountId, file.householdRegionCode(), "PORTAL_ACTIVATED",
				"开通自助服务账户", "自助服务账户 #" + accountId, null, AuditOutcome.SUCCESS, source, null));
		return principal(accountId, file, 0);
	}

	/** Signs in with ID number and password. */
	@Transactional(noRollbackFor = ProblemException.class)
	public PortalPrincipal signIn(String idNumber, String password, String source) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.limits.loginWindow());
		Optional<Account> account = this.files.fileOf(idNumber).flatMap(this.accounts::ofFile);
		String who = account.map((a) -> "portal:" + a.id()).orElse(null);
		if (this.failures.ofSource(source, since) >= this.limits.loginFailuresPerSource()
				|| account.map((a) -> this.failures.ofAccount(a.id(), source, since) >= this.limits.loginFailures())
					.orElse(false)) {
			failed(who, idNumber, source, "暂停登录期间再次尝试");
			throw locked();
		}
		boolean matches = this.passwords.matches(password, account.map(Account::passwordHash).orElse(this.decoyHash));
		if (account.isEmpty() || !matches) {
			this.failures.record(account.map(Account::id).orElse(null), source, now);
			failed(who, idNumber, source, account.isEmpty() ? "无此账户" : "密码错误");
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "PORTAL_BAD_CREDENTIALS", "登录失败", "身份证号或密码错误");
		}
		Account found = account.get();
		if (!found.active()) {
			failed(who, idNumber, source, "账户已停用");
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "PORTAL_DISABLED", "登录失败", "账户已停用，请联系村（社区）服务站");
		}
		this.failures.forget(found.id(), source);
		this.accounts.signedIn(found.id(), now);
		Veteran file = this.files.file(found.veteranId());
		this.audit.record(new AuditEvent(who, file.householdRegionCode(), "LOGIN", "portal-session",
				AuditOutcome.SUCCESS, source, "自助服务登录"));
		return principal(found.id(), file, found.securityVersion());
	}

	public void signedOut(PortalPrincipal principal, String source) {
		this.audit.record(new AuditEvent(principal.getName(), principal.householdRegionCode(), "LOGOUT",
				"portal-session", AuditOutcome.SUCCESS, source, null));
	}

	/** Whether the session's account is still active and unchanged since it signed in. */
	@Transactional(readOnly = true)
	public boolean isCurrent(PortalPrincipal principal) {
		return this.accounts.find(principal.accountId())
			.filter(Account::active)
			.filter((account) -> account.veteranId() == principal.veteranId())
			.filter((account) -> account.securityVersion() == principal.securityVersion())
			.isPresent();
	}

	private boolean tooManyCodes(long veteranId, Instant now) {
		return this.tickets.sentTo(veteranId, now.minus(this.limits.codeSpacing())) > 0
				|| this.tickets.sentTo(veteranId, now.minus(Duration.ofDays(1))) >= this.limits.codesPerFilePerDay();
	}

	private void failed(@Nullable String who, String idNumber, String source, String reason) {
		this.audit.record(new AuditEvent(who, null, "LOGIN_FAILED", "portal-session", AuditOutcome.FAILURE, source,
				"自助服务登录 身份证号 " + masked(idNumber) + "：" + reason));
	}

	private static PortalPrincipal principal(long accountId, Veteran file, int securityVersion) {
		return new PortalPrincipal(accountId, file.id(), file.name(), file.householdRegionCode(), securityVersion);
	}

	private static String masked(String idNumber) {
		return IdNumber.isValid(idNumber) ? IdNumber.parse(idNumber).masked() : "（格式不符）";
	}

	private static ProblemException wrongCode() {
		return ProblemException.invalidField("code", "验证码错误或已过期，请重新获取");
	}

	private ProblemException locked() {
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "PORTAL_LOCKED", "暂停登录",
				"登录失败次数过多，请 " + this.limits.loginWindow().toMinutes() + " 分钟后再试");
	}

}
