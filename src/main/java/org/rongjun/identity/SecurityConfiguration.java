package org.rongjun.identity;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Session login for the single-page app: a JSON login endpoint, CSRF tokens in a readable
 * cookie echoed in a header (the pattern Spring Security calls "spa"), permission codes
 * checked by {@code @PreAuthorize} on every endpoint, and problem-detail answers for 401
 * and 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens,
			SecurityContextRepository contexts, AuditTrail audit, AuditOperations operations, UserRepository users,
			LoginService logins) throws Exception {
		http.csrf((csrf) -> csrf.spa().csrfTokenRepository(csrfTokens))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/auth/csrf")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/auth/login")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(request, response, 401,
						"AUTH_REQUIRED", "未登录", "请先登录"))
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException) {
						ProblemResponses.write(request, response, 403, "CSRF_INVALID", "请求已失效", "页面已过期，请刷新后重试");
					}
					else {
						ProblemResponses.write(request, response, 403, "ACCESS_DENIED", "无权访问", "您没有执行此操作的权限");
					}
				}))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterAfter(new AuditFilter(audit, operations), SecurityContextHolderFilter.class)
			.addFilterBefore(new SessionRevalidationFilter(users, logins, contexts), AuthorizationFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Argon2id for new hashes; bcrypt hashes (e.g. from an older import) still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
