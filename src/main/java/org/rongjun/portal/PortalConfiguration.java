package org.rongjun.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.rongjun.identity.PortalPrincipal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps portal sessions honest: a session whose account was disabled, merged away or had
 * its password changed since it signed in ends at its next request (401), as staff
 * sessions do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalLimits.class)
class PortalConfiguration implements WebMvcConfigurer {

	private final PortalAccounts accounts;

	PortalConfiguration(PortalAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal me)
						|| PortalConfiguration.this.accounts.isCurrent(me)) {
					return true;
				}
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.setStatus(401);
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"登录已失效\",\"status\":401,"
							+ "\"code\":\"PORTAL_SESSION_ENDED\",\"detail\":\"账户状态已变更，请重新登录\"}");
				return false;
			}

		}).addPathPatterns("/api/portal/**");
	}

}
