package org.rongjun.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.rongjun.shared.Outage;
import org.rongjun.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem detail for an error known only by its status: the framework's own
 * rejections (no such path, wrong method, unreadable body) and the servlet container's (a
 * request line Tomcat cannot parse). One table, so that the controller advice, the error
 * page and Tomcat's error report say the same thing for the same status.
 */
public final class ErrorProblems {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** A request the container refused before any application code saw it. */
	static final String MALFORMED_REQUEST = "请求无法解析：地址或请求头中含有不允许的字符（如引号、反斜杠、分号或编码的斜杠）或过长，请检查后重试";

	private ErrorProblems() {
	}

	static ProblemDetail of(int status, @Nullable String instance) {
		return of(status, code(status), title(status), detail(status), instance);
	}

	/**
	 * The problem for a failure the container reports with its status and, when one was
	 * thrown, the exception: an outage anywhere in its causes is a 503, a
	 * {@link ProblemException} keeps its own answer.
	 */
	public static ProblemDetail of(int status, @Nullable Throwable failure, @Nullable String instance) {
		if (failure != null) {
			Optional<Outage> outage = Outage.causing(failure);
			if (outage.isPresent()) {
				return withInstance(outage.get().problem().getBody(), instance);
			}
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof ProblemException problem) {
					return withInstance(problem.getBody(), instance);
				}
				if (cause.getCause() == cause) {
					break;
				}
			}
		}
		return of(status, instance);
	}

	private static ProblemDetail withInstance(ProblemDetail problem, @Nullable String instance) {
		if (instance != null) {
			problem.setInstance(uri(instance));
		}
		return problem;
	}

	static ProblemDetail of(int status, String code, String title, String detail, @Nullable String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://rongjun.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setProperty("code", code);
		if (instance != null) {
			problem.setInstance(uri(instance));
		}
		return problem;
	}

	/**
	 * The request's path as a URI, even when the container refused it for its characters.
	 */
	static URI uri(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			try {
				return new URI(null, null, path, null);
			}
			catch (URISyntaxException unusable) {
				return URI.create("about:blank");
			}
		}
	}

	/**
	 * The problem as JSON, for writers outside Spring MVC (which flattens the properties
	 * the same way).
	 */
	static String json(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return json.writeValueAsString(body);
	}

	static String code(int status) {
		return switch (status) {
			case 401 -> "AUTH_REQUIRED";
			case 403 -> "ACCESS_DENIED";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406, 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 414, 431 -> "REQUEST_TOO_LARGE";
			case 503 -> "SERVICE_UNAVAILABLE";
			default -> (status >= 400 && status < 500) ? "VALIDATION_FAILED" : "INTERNAL";
		};
	}

	static String title(int status) {
		return switch (status) {
			case 401 -> "未登录";
			case 403 -> "无权访问";
			case 404 -> "未找到";
			case 405 -> "方法不允许";
			case 503 -> "服务暂不可用";
			default -> (status >= 400 && status < 500) ? "请求有误" : "系统错误";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 401 -> "请先登录";
			case 403 -> "您没有执行此操作的权限";
			case 404 -> "请求的资源不存在";
			case 405 -> "不支持该请求方法";
			case 406, 415 -> "不支持的数据格式";
			case 413 -> "文件过大，上限为 50 MB";
			case 414, 431 -> "请求地址或请求头过长";
			case 503 -> "服务暂不可用，请稍后重试";
			default -> (status >= 400 && status < 500) ? "请求格式不正确，请检查后重试" : "系统内部错误，请稍后重试或联系管理员";
		};
	}

}
