package org.rongjun.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps open sessions honest: when an administrator disables an account or changes its
 * roles, scope or password, the account's security version moves on, and the next request
 * of every session of that account either picks up the new grants or, for a disabled
 * account, ends. One indexed lookup per API request.
 */
class SessionRevalidationFilter extends OncePerRequestFilter {

	private final UserRepository users;

	private final LoginService logins;

	private final SecurityContextRepository contexts;

	SessionRevalidationFilter(UserRepository users, LoginService logins, SecurityContextRepository contexts) {
		this.users = users;
		this.logins = logins;
		this.contexts = contexts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			Optional<Integer> version = this.users.activeSecurityVersion(user.id());
			if (version.isEmpty()) {
				endSession(request);
			}
			else if (version.get() != user.securityVersion()) {
				this.logins.reload(user.id())
					.ifPresentOrElse((fresh) -> replace(fresh, request, response), () -> endSession(request));
			}
		}
		chain.doFilter(request, response);
	}

	private void replace(AuthenticatedUser fresh, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.authorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	private static void endSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

}
