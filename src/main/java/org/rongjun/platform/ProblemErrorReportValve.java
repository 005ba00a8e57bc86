package org.rongjun.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on a request no servlet answered: one it refused while parsing (a
 * quote or an encoded slash in the path, a header too large) or whose error page could
 * not run. Tomcat's own valve writes an English HTML page; this one writes the same
 * problem detail as the rest of the API. Public with a no-argument constructor because
 * Tomcat instantiates it by class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		// As the base class: nothing for successes, or when a body was already written.
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String path = request.getDecodedRequestURI();
		ProblemDetail problem = (status == 400)
				? ErrorProblems.of(400, "VALIDATION_FAILED", "请求有误", ErrorProblems.MALFORMED_REQUEST, null)
				: ErrorProblems.of(status, throwable, null);
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ErrorProblems.json(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			container.getLogger().debug("Could not write the problem for " + path, ex);
		}
	}

}
