package org.rongjun.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotent POSTs (issue 14 item 5): a request carrying an {@code Idempotency-Key}
 * header runs once per signed-in user and key. A retry with the same key and the same
 * request gets the first answer back (with {@code Idempotency-Replayed: true}) instead of
 * making a second record; the same key with another request is refused (422); a retry
 * while the first is still running waits for its answer, up to ten seconds, then gets
 * 409. The web app sends one key per form submission and reuses it when it retries.
 * <p>
 * Requests without the header, anonymous ones, multipart uploads and bodies over 1 MB are
 * passed through untouched. Only 2xx answers are kept; a request that failed before
 * committing anything frees its key for another try.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotency-Replayed";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

	private static final int MAX_BODY = 1024 * 1024;

	private static final long WAIT_MILLIS = 10_000;

	private final IdempotencyKeyRepository keys;

	private final String node;

	private final String incarnation = UUID.randomUUID().toString();

	IdempotencyFilter(IdempotencyKeyRepository keys, String node) {
		this.keys = keys;
		this.node = node.isBlank() ? hostName() : node;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
				|| request.getHeader(HEADER) == null
				|| (contentType != null && contentType.toLowerCase().startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (!VALID_KEY.matcher(key).matches()) {
			write(response, ErrorProblems.of(400, "VALIDATION_FAILED", "请求参数有误",
					"Idempotency-Key 须为 8–100 位字母、数字或 -_.: 字符", request.getRequestURI()));
			return;
		}
		String username = username();
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		HttpServletRequest replayable = new CachedBodyRequest(request, body);
		if (username == null || body.length > MAX_BODY) {
			chain.doFilter(replayable, response);
			return;
		}
		IdempotentRequest idempotent = new IdempotentRequest(username, key, this.node, this.incarnation);
		byte[] hash = hash(request, body);
		if (this.keys.claim(idempotent, hash) || answerFromEarlier(idempotent, hash, request, response)) {
			run(idempotent, replayable, response, chain);
		}
	}

	/**
	 * Answers a key seen before; true when the request is to run after all (its first
	 * runner died before committing anything).
	 */
	private boolean answerFromEarlier(IdempotentRequest request, byte[] hash, HttpServletRequest http,
			HttpServletResponse response) throws IOException {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (true) {
			Optional<IdempotencyKeyRepository.Stored> found = this.keys.find(request);
			if (found.isEmpty()) {
				// released by a failed first attempt, or expired meanwhile
				if (this.keys.claim(request, hash)) {
					return true;
				}
				continue;
			}
			IdempotencyKeyRepository.Stored stored = found.get();
			if (!Arrays.equals(stored.requestHash(), hash)) {
				write(response, ErrorProblems.of(422, "IDEMPOTENCY_KEY_REUSED", "重复的提交编号",
						"此提交编号已用于内容不同的请求：上次提交可能已经保存，请刷新页面核对后再提交", http.getRequestURI()));
				return false;
			}
			switch (stored.state()) {
				case COMPLETED -> {
					replay(stored, response);
					return false;
				}
				case COMMITTED -> {
					// Committed but not yet answered: a live first attempt is about to
					// store
					// its answer (wait for it); only one that died leaves the retry
					// unanswered.
					if (!stored.abandoned() && System.currentTimeMillis() <= deadline) {
						pause();
						continue;
					}
					write(response, ErrorProblems.of(409, "IDEMPOTENCY_ALREADY_DONE", "已经提交过", "这次提交此前已经保存，请刷新页面查看结果",
							http.getRequestURI()));
					return false;
				}
				case IN_PROGRESS -> {
					if (stored.abandoned() && this.keys.takeOver(request)) {
						return true;
					}
					if (System.currentTimeMillis() > deadline) {
						write(response, ErrorProblems.of(409, "IDEMPOTENCY_IN_PROGRESS", "正在处理",
								"相同的提交正在处理中，请稍候刷新页面查看结果", http.getRequestURI()));
						return false;
					}
					pause();
				}
			}
		}
	}

	private void run(IdempotentRequest request, HttpServletRequest http, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		request.bind();
		try {
			chain.doFilter(http, captured);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			this.keys.release(request);
			throw ex;
		}
		finally {
			IdempotentRequest.unbind();
		}
		int status = captured.getStatus();
		if (status >= 200 && status < 300) {
			this.keys.complete(request, status, captured.getContentType(), captured.getContentAsByteArray());
		}
		else {
			this.keys.release(request);
		}
		captured.copyBodyToResponse();
	}

	private static void replay(IdempotencyKeyRepository.Stored stored, HttpServletResponse response)
			throws IOException {
		response.setStatus((stored.status() != null) ? stored.status() : HttpStatus.OK.value());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		response.setHeader(REPLAYED, "true");
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body());
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purgeExpired() {
		int purged = this.keys.purgeExpired();
		log.debug("Purged {} expired idempotency keys", purged);
	}

	private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(ErrorProblems.json(problem));
	}

	private static @Nullable String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	private static byte[] hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String target = request.getMethod() + " " + request.getRequestURI() + "?"
					+ ((request.getQueryString() != null) ? request.getQueryString() : "") + "\n";
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			return digest.digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	/**
	 * The request with its body read once, for hashing, and served again to the handler.
	 */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return available() == 0;
				}

				@Override
				public int available() {
					try {
						return in.available();
					}
					catch (IOException ex) {
						return 0;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
