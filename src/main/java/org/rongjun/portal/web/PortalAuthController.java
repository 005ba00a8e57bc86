package org.rongjun.portal.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.rongjun.identity.PortalPrincipal;
import org.rongjun.portal.PortalAccounts;
import org.rongjun.portal.PortalAccounts.CodeRequested;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening a portal account and signing in and out (ADR 0043). Open to anyone by nature,
 * hence {@code permitAll()}; the limits are the portal's (throttles per file, account and
 * source address). A session opened here is a portal session: it reaches
 * {@code /api/portal/**} and nothing of staff.
 */
@RestController
@RequestMapping("/api/portal/auth")
class PortalAuthController {

	private final PortalAccounts accounts;

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	PortalAuthController(PortalAccounts accounts, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
	}

	record CodeRequest(@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字") String name,
			@NotBlank(message = "请填写身份证号") @Size(max = 30, message = "身份证号格式不正确") String idNumber,
			@NotBlank(message = "请填写手机号") @Size(max = 20, message = "手机号格式不正确") String phone) {
	}

	@PostMapping("/activation-code")
	@PreAuthorize("permitAll()")
	CodeRequested activationCode(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
		return this.accounts.requestActivationCode(request.name(), request.idNumber(), request.phone(),
				http.getRemoteAddr());
	}

	record Activation(@NotNull(message = "请先获取验证码") UUID ticket,
			@NotBlank(message = "请填写验证码") @Pattern(regexp = "\\d{6}", message = "验证码为6位数字") String code,
			@NotBlank(message = "请设置密码") @Size(max = 64, message = "密码长度须为 8 到 64 位") String password) {
	}

	@PostMapping("/activation")
	@PreAuthorize("permitAll()")
	PortalMe activate(@Valid @RequestBody Activation activation, HttpServletRequest request,
			HttpServletResponse response) {
		PortalPrincipal me = this.accounts.activate(activation.ticket(), activation.code(), activation.password(),
				request.getRemoteAddr());
		establish(me, request, response);
		return PortalMe.of(me);
	}

	record SignIn(@NotBlank(message = "请填写身份证号") @Size(max = 30, message = "身份证号格式不正确") String idNumber,
			@NotBlank(message = "请输入密码") @Size(max = 128, message = "密码过长") String password) {
	}

	@PostMapping("/login")
	@PreAuthorize("permitAll()")
	PortalMe signIn(@Valid @RequestBody SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		PortalPrincipal me = this.accounts.signIn(signIn.idNumber(), signIn.password(), request.getRemoteAddr());
		establish(me, request, response);
		return PortalMe.of(me);
	}

	@PostMapping("/logout")
	@PreAuthorize("hasAuthority('portal:self')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(@AuthenticationPrincipal PortalPrincipal me, HttpServletRequest request,
			HttpServletResponse response) {
		this.accounts.signedOut(me, request.getRemoteAddr());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		this.csrfTokens.saveToken(null, request, response);
	}

	/**
	 * A fresh session id and CSRF token, as for staff: nothing planted before sign-in
	 * survives it.
	 */
	private void establish(PortalPrincipal me, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.authorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.csrfTokens.saveToken(this.csrfTokens.generateToken(request), request, response);
	}

}
