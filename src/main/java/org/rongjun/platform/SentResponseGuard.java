package org.rongjun.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a failure after the response went out (say the audit entry of a
 * request that was already answered cannot be written) is logged here and goes no
 * further. Left to Tomcat it would append an error page to the body the client is reading
 * and then cut the connection, so the client would see a broken answer instead of the one
 * it was sent. Failures before anything was sent still reach the error page.
 */
class SentResponseGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SentResponseGuard.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!response.isCommitted()) {
				throw ex;
			}
			log.error("{} {} failed after its {} answer was sent; the answer stands", request.getMethod(),
					request.getRequestURI(), response.getStatus(), ex);
		}
	}

}
