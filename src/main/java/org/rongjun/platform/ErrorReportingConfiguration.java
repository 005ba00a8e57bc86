package org.rongjun.platform;

import java.nio.charset.StandardCharsets;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors answered outside Spring MVC get the API's problem details too: Tomcat's refusals
 * of unparseable requests, and Spring Security's firewall refusing a path with {@code ;},
 * {@code %25}, a backslash or an encoded slash. A failure after the answer was sent adds
 * nothing to it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorReportingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ErrorReportingConfiguration.class);

	/**
	 * Replaces Tomcat's HTML error report on the host. Done when the host starts, after
	 * every context customizer (Spring Boot's included, which adds a plain one) has run.
	 */
	@Bean
	TomcatContextCustomizer problemErrorReports() {
		return (context) -> context.getParent().addLifecycleListener((event) -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
					&& event.getLifecycle() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	FilterRegistrationBean<SentResponseGuard> sentResponseGuard() {
		FilterRegistrationBean<SentResponseGuard> registration = new FilterRegistrationBean<>(new SentResponseGuard());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	RequestRejectedHandler problemForRejectedRequests() {
		return (request, response, ex) -> {
			log.info("Rejected {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
			ProblemDetail problem = ErrorProblems.of(400, "VALIDATION_FAILED", "请求有误", ErrorProblems.MALFORMED_REQUEST,
					request.getRequestURI());
			response.setStatus(400);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(ErrorProblems.json(problem));
		};
	}

}
