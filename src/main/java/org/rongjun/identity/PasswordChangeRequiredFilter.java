package org.rongjun.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A seeded or reset account must set its own password before it may do anything else:
 * until then every API call outside {@code /api/auth} is refused.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.startsWith("/api/") || uri.startsWith("/api/auth/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
				&& user.mustChangePassword()) {
			ProblemResponses.write(request, response, 403, "PASSWORD_CHANGE_REQUIRED", "请先修改密码", "首次登录或密码被重置后须先修改密码");
			return;
		}
		chain.doFilter(request, response);
	}

}
