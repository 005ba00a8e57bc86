package org.rongjun.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.rongjun.shared.AuditNote;
import org.rongjun.shared.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every state-changing API request and every refusal to the audit log, with its
 * outcome taken from the final status. It sits just inside the security context filter,
 * so it sees the caller and every refusal, including those of CSRF and authorization
 * filters. Request bodies are not logged: they may hold passwords and personal data.
 */
class AuditFilter extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * Audited by the authentication controller itself, with more detail than a status
	 * code.
	 */
	private static final Set<String> SELF_AUDITED = Set.of("/api/auth/login", "/api/auth/logout", "/api/auth/password");

	private final AuditTrail audit;

	AuditFilter(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			record(request, 500);
			throw ex;
		}
		record(request, response.getStatus());
	}

	private void record(HttpServletRequest request, int status) {
		boolean write = !READS.contains(request.getMethod());
		boolean denied = status == 403;
		boolean selfAudited = SELF_AUDITED.contains(request.getRequestURI()) && !denied;
		Object note = request.getAttribute(AuditNote.ATTRIBUTE);
		// Reads are not logged, except those a module marks with a note: bulk exports of
		// people.
		if (selfAudited || (!write && !denied && note == null)) {
			return;
		}
		AuthenticatedUser user = currentUser();
		AuditOutcome outcome = denied ? AuditOutcome.DENIED
				: (status < 400) ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
		Object code = request.getAttribute(ProblemException.CODE_ATTRIBUTE);
		String detail = "HTTP " + status + ((code != null) ? " " + code : "") + ((note != null) ? " " + note : "");
		this.audit.record(new AuditEvent((user != null) ? user.username() : null,
				(user != null) ? user.scopeCode() : null, denied ? "ACCESS_DENIED" : write ? "WRITE" : "DATA_EXPORT",
				request.getMethod() + " " + request.getRequestURI(), outcome, request.getRemoteAddr(), detail));
	}

	private static @Nullable AuthenticatedUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) ? user
				: null;
	}

}
