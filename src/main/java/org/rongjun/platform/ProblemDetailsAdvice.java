package org.rongjun.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.rongjun.shared.Outage;
import org.rongjun.shared.ProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error as an RFC 9457 problem detail with a stable {@code code} and a
 * Chinese {@code detail}; validation failures also list the fields. Nothing of the
 * server's internals (stack traces, SQL) reaches the client: unexpected errors are logged
 * here and answered with a generic message.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex, WebRequest request) {
		ProblemDetail body = ex.getBody();
		body.setInstance(instance(request));
		return ResponseEntity.status(ex.getStatusCode()).body(body);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Rejected a write that violates a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return respond(HttpStatus.CONFLICT, "CONFLICT", "操作冲突", "数据已存在或仍被引用，未作任何修改", request, null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException ex, WebRequest request) {
		return respond(HttpStatus.CONFLICT, "CONFLICT", "操作冲突", "数据已被他人修改，请刷新后重试", request, null);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> Map.of("field", lastNode(violation.getPropertyPath().toString()), "message",
					violation.getMessage()))
			.toList();
		return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", "请检查标红的字段", request, errors);
	}

	/** A file upload endpoint called without a multipart body: the client's mistake. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> notMultipart(MultipartException ex, WebRequest request) {
		return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的数据格式",
				"请以文件上传（multipart/form-data）方式提交", request, null);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex, WebRequest request) {
		log.debug("Bad argument", ex);
		return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", "请求参数格式不正确", request, null);
	}

	/** Left to Spring Security, which answers them (and audits the denial). */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
		Optional<Outage> outage = Outage.causing(ex);
		if (outage.isPresent()) {
			// One line per failed request: an outage fails many at once.
			log.warn("{} on {}: {}", outage.get(), instance(request), ex.toString());
			return problem(outage.get().problem(), request);
		}
		log.error("Unexpected error on {}", instance(request), ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "系统错误", "系统内部错误，请稍后重试或联系管理员", request, null);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::fieldError)
			.toList();
		return asObject(respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", "请检查标红的字段", request, errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", result.getMethodParameter().getParameterName() + "", "message",
						error.getDefaultMessage() + "")))
			.toList();
		return asObject(respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", "请检查标红的字段", request, errors));
	}

	/**
	 * A JSON value of the wrong kind names its field: 1.5 where whole fen are expected, a
	 * number beyond the field's range, a date that is not one. Nothing is guessed into
	 * place (1.5 fen is never stored as 1).
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			for (JacksonException.Reference reference : json.getPath()) {
				if (reference.getPropertyName() != null) {
					field.append((field.length() > 0) ? "." : "").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					field.append('[').append(reference.getIndex()).append(']');
				}
			}
			Map<String, String> error = Map.of("field", field.toString(), "message", readableType(json));
			return asObject(respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", "请检查标红的字段", request,
					List.of(error)));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	private static String readableType(JacksonException json) {
		Class<?> target = (json instanceof MismatchedInputException mismatch) ? mismatch.getTargetType()
				: (json instanceof InputCoercionException coercion) ? coercion.getTargetType() : null;
		if (target == null) {
			return "格式不正确";
		}
		if (target == Long.class || target == long.class || target == Integer.class || target == int.class
				|| target == Short.class || target == short.class) {
			return "须为整数且不超出范围（金额以分为单位，不能有小数）";
		}
		if (target == java.time.LocalDate.class) {
			return "日期格式应为 YYYY-MM-DD";
		}
		if (target == java.time.YearMonth.class) {
			return "月份格式应为 YYYY-MM";
		}
		if (target.isEnum()) {
			return "不是可选的值";
		}
		return "格式不正确";
	}

	/**
	 * Spring MVC's own errors (unreadable JSON, wrong method, missing parameter, no such
	 * path) keep their status but get our code and a Chinese message.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = ErrorProblems.of(statusCode.value(), null);
		problem.setInstance(instance(request));
		return new ResponseEntity<>(problem, headers, statusCode);
	}

	private static Map<String, String> fieldError(FieldError error) {
		String message = (error.isBindingFailure()) ? "格式不正确" : error.getDefaultMessage();
		return Map.of("field", error.getField(), "message", (message != null) ? message : "不合法");
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, String title, String detail,
			WebRequest request, @Nullable List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://rongjun.org/problems/" + code.toLowerCase().replace('_', '-')));
		problem.setTitle(title);
		problem.setProperty("code", code);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		problem.setInstance(instance(request));
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

	private static @Nullable URI instance(WebRequest request) {
		if (request instanceof ServletWebRequest servlet) {
			return URI.create(servlet.getRequest().getRequestURI());
		}
		return null;
	}

}
