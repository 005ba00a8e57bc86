package org.rongjun.identity;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.rongjun.identity.AuditOperations.Kind;
import org.rongjun.identity.AuditOperations.Operation;
import org.rongjun.shared.AuditNote;
import org.rongjun.shared.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes every state-changing API request, every export of people's data and every
 * refusal to the audit log, named in words ({@link AuditOperations}: 下载银行发放文件 · 发放批次 #12)
 * with its outcome taken from the final status. Reads are not logged, not even the POSTs
 * that only read (counting an audience, previewing a template). It sits just inside the
 * security context filter, so it sees the caller and every refusal, including those of
 * CSRF and authorization filters. Request bodies are not logged: they may hold passwords
 * and personal data.
 */
class AuditFilter extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * Audited by the authentication controller itself, with more detail than a status
	 * code.
	 */
	private static final Set<String> SELF_AUDITED = Set.of("/api/auth/login", "/api/auth/logout", "/api/auth/password");

	private final AuditTrail audit;

	private final AuditOperations operations;

	AuditFilter(AuditTrail audit, AuditOperations operations) {
		this.audit = audit;
		this.operations = operations;
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
		boolean denied = status == 403;
		if (SELF_AUDITED.contains(request.getRequestURI()) && !denied) {
			return;
		}
		Object matched = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String pattern = (matched != null) ? matched.toString() : null;
		Operation operation = (pattern != null) ? this.operations.find(request.getMethod(), pattern).orElse(null)
				: null;
		Object note = request.getAttribute(AuditNote.ATTRIBUTE);
		Kind kind = kind(request, operation, note);
		if (!denied && (kind == null || kind == Kind.READ)) {
			return;
		}
		AuthenticatedUser user = currentUser();
		AuditOutcome outcome = denied ? AuditOutcome.DENIED
				: (status < 400) ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
		Object code = request.getAttribute(ProblemException.CODE_ATTRIBUTE);
		String detail = "HTTP " + status + ((code != null) ? " " + code : "") + ((note != null) ? " " + note : "");
		this.audit.record(new AuditEvent((user != null) ? user.username() : null,
				(user != null) ? user.scopeCode() : null, denied ? "ACCESS_DENIED" : kind.name(),
				(operation != null) ? operation.name() : null, objectOf(request, pattern),
				request.getMethod() + " " + request.getRequestURI(), outcome, request.getRemoteAddr(), detail));
	}

	/**
	 * The table's kind; without a line (a path no handler matched), a write is a write
	 * and a read a module marked with a note is a logged view.
	 */
	private static @Nullable Kind kind(HttpServletRequest request, @Nullable Operation operation,
			@Nullable Object note) {
		if (operation != null) {
			return operation.kind();
		}
		if (!READS.contains(request.getMethod())) {
			return Kind.WRITE;
		}
		return (note != null) ? Kind.VIEW : null;
	}

	@SuppressWarnings("unchecked")
	private @Nullable String objectOf(HttpServletRequest request, @Nullable String pattern) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (pattern == null || !(variables instanceof Map)) {
			return null;
		}
		return this.operations.objectOf(pattern, (Map<String, String>) variables);
	}

	private static @Nullable AuthenticatedUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) ? user
				: null;
	}

}
