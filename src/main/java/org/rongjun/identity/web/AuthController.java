package org.rongjun.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rongjun.identity.AuditEvent;
import org.rongjun.identity.AuditOutcome;
import org.rongjun.identity.AuditTrail;
import org.rongjun.identity.AuthenticatedUser;
import org.rongjun.identity.LoginService;
import org.rongjun.identity.Me;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login, logout, password change and "who am I". These are the only API endpoints without
 * a permission code: they are about the caller's own session.
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final LoginService logins;

	private final AuditTrail audit;

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	AuthController(LoginService logins, AuditTrail audit, SecurityContextRepository contexts,
			CsrfTokenRepository csrfTokens) {
		this.logins = logins;
		this.audit = audit;
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
	}

	/** Sets the XSRF-TOKEN cookie (reading the token makes Spring Security write it). */
	@GetMapping("/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	record LoginRequest(@NotBlank(message = "请输入用户名") @Size(max = 50, message = "用户名过长") String username,
			@NotBlank(message = "请输入密码") @Size(max = 128, message = "密码过长") String password) {
	}

	@PostMapping("/login")
	Me login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
		AuthenticatedUser user = this.logins.authenticate(login.username(), login.password(), request.getRemoteAddr());
		// A fresh session id and a fresh CSRF token: nothing an attacker planted before
		// login survives it.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		establish(user, request, response);
		this.csrfTokens.saveToken(this.csrfTokens.generateToken(request), request, response);
		return this.logins.me(user);
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request,
			HttpServletResponse response) {
		this.audit.record(new AuditEvent(user.username(), user.scopeCode(), "LOGOUT", "session", AuditOutcome.SUCCESS,
				request.getRemoteAddr(), null));
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		this.csrfTokens.saveToken(null, request, response);
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal AuthenticatedUser user) {
		return this.logins.me(user);
	}

	record PasswordChangeRequest(@NotBlank(message = "请输入原密码") String oldPassword,
			@NotBlank(message = "请输入新密码") String newPassword) {
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody PasswordChangeRequest change, HttpServletRequest request,
			HttpServletResponse response) {
		AuthenticatedUser updated = this.logins.changePassword(user, change.oldPassword(), change.newPassword(),
				request.getRemoteAddr());
		establish(updated, request, response);
	}

	private void establish(AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
