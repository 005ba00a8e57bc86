package org.rongjun.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.rongjun.shared.ProblemException;

/** Writes problem details from filters, where no controller advice runs. */
final class ProblemResponses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String title,
			String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "https://rongjun.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("code", code);
		body.put("instance", request.getRequestURI());
		request.setAttribute(ProblemException.CODE_ATTRIBUTE, code);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(body));
	}

}
