package org.rongjun.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.platform.ErrorProblems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The container's error page ({@code /error}), in place of Spring Boot's: whatever failed
 * outside a controller (a filter, the firewall, an exception after the response was sent)
 * is answered as a problem detail with a Chinese message, and a response that was already
 * sent gets nothing more, so a client never reads two JSON documents back to back.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	@RequestMapping("${server.error.path:/error}")
	@ResponseBody
	@Nullable ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (response.isCommitted()) {
			// Tomcat includes the error page into a response whose first body went out.
			log.warn("{} failed after its response was sent; nothing more is written",
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
			return null;
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemDetail problem = (status instanceof Integer code)
				? ErrorProblems.of(code, (failure instanceof Throwable thrown) ? thrown : null,
						(uri != null) ? uri.toString() : null)
				// Asked for directly, not forwarded by the container: there is no such
				// page.
				: ErrorProblems.of(404, null, request.getRequestURI());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
