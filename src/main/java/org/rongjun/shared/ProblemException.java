package org.rongjun.shared;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the client can act on: an HTTP status, a stable {@code code} for programs and
 * a Chinese {@code detail} for people. Modules throw these; the web layer renders them as
 * RFC 9457 problem details without knowing each module's exception types.
 */
public class ProblemException extends ErrorResponseException {

	/** Request attribute holding the code of the problem answered, for the audit log. */
	public static final String CODE_ATTRIBUTE = "org.rongjun.problem.code";

	private final String code;

	public ProblemException(HttpStatus status, String code, String title, String detail) {
		super(status, problem(status, code, title, detail), null);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	@Override
	public String getMessage() {
		return this.code + ": " + getBody().getDetail();
	}

	private static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://rongjun.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

	public static ProblemException badRequest(String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", detail);
	}

	/** A value that is well-formed but not acceptable, reported on the named field. */
	public static ProblemException invalidField(String field, String message) {
		ProblemException problem = badRequest("请检查标红的字段");
		problem.getBody()
			.setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", message)));
		return problem;
	}

	public static ProblemException notFound(String detail) {
		return new ProblemException(HttpStatus.NOT_FOUND, "NOT_FOUND", "未找到", detail);
	}

	public static ProblemException conflict(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, "CONFLICT", "操作冲突", detail);
	}

	/**
	 * The four-eyes rule (双人复核): whoever prepared, entered or requested something may not
	 * also approve or decide it. 403, like any refusal of who the caller is: the caller
	 * holds the permission, but not for this record, and never will; the audit log
	 * records the attempt as denied. {@code detail} says what was refused and who may do
	 * it.
	 */
	public static ProblemException samePerson(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "SAME_PERSON", "须由他人审核（双人复核）", detail);
	}

	/** Asked for something outside the caller's data scope (数据权限). */
	public static ProblemException outOfScope(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "OUT_OF_SCOPE", "超出数据权限", detail);
	}

}
