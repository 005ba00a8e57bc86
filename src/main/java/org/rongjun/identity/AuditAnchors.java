package org.rongjun.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors of the audit chain's head outside the database (ADR 0020): the row count, the
 * last id and its hash, signed with SM2, appended as one JSON line to a file
 * ({@code rongjun.audit.anchor.file}) and logged by the logger
 * {@code org.rongjun.audit.anchor} (route it to syslog to keep a copy off the machine).
 * Written at start-up, every {@code rongjun.audit.anchor.interval} (default hourly) and
 * at shutdown. The verifier checks the chain against every anchor, so rows deleted from
 * the end, or a chain rewritten with a stolen key, no longer match what was anchored.
 */
@Component
class AuditAnchors implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	private static final Logger anchorLog = LoggerFactory.getLogger("org.rongjun.audit.anchor");

	private static final JsonMapper json = JsonMapper.builder().build();

	/** One anchored chain head. */
	record Anchor(Instant at, long count, long lastId, String lastHash, String reason, String publicKey,
			String signature) {

		String message() {
			return String.join("|", "rongjun-audit-anchor", "v1", this.at.toString(), Long.toString(this.count),
					Long.toString(this.lastId), this.lastHash, this.reason);
		}

	}

	/**
	 * The anchors of the file that verify, and what is wrong with the lines that do not.
	 */
	record Anchors(List<Anchor> valid, List<String> problems) {
	}

	private final AuditRepository entries;

	private final AuditKeys keys;

	private final Path file;

	private final Clock clock;

	AuditAnchors(AuditRepository entries, AuditKeys keys, @Value("${rongjun.audit.anchor.file}") Path file,
			Clock clock) {
		this.entries = entries;
		this.keys = keys;
		this.file = file.toAbsolutePath().normalize();
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		anchor("STARTUP");
	}

	@Scheduled(fixedDelayString = "${rongjun.audit.anchor.interval:PT1H}",
			initialDelayString = "${rongjun.audit.anchor.interval:PT1H}")
	void periodically() {
		anchor("SCHEDULED");
	}

	@Override
	public void destroy() {
		anchor("SHUTDOWN");
	}

	/**
	 * Anchors the current head, unless the last anchor of the file already holds it.
	 * Failures are logged, never thrown: the audit log itself keeps working.
	 */
	synchronized Optional<Anchor> anchor(String reason) {
		try {
			Optional<AuditRepository.Head> head = this.entries.head();
			if (head.isEmpty()) {
				return Optional.empty();
			}
			List<Anchor> existing = load().valid();
			if (!existing.isEmpty() && existing.get(existing.size() - 1).lastId() == head.get().lastId()
					&& existing.get(existing.size() - 1).lastHash().equals(head.get().lastHash())) {
				return Optional.empty();
			}
			Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			Anchor unsigned = new Anchor(at, head.get().count(), head.get().lastId(), head.get().lastHash(), reason,
					this.keys.publicKey(), "");
			Anchor anchor = new Anchor(at, unsigned.count(), unsigned.lastId(), unsigned.lastHash(), reason,
					unsigned.publicKey(), this.keys.sign(unsigned.message()));
			String line = json.writeValueAsString(anchor);
			append(line);
			anchorLog.info(line);
			return Optional.of(anchor);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Could not anchor the audit chain ({}) to {}", reason, this.file, ex);
			return Optional.empty();
		}
	}

	/** Every line of the file, checked: readable, signed by a trusted key. */
	Anchors load() {
		List<Anchor> valid = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (!Files.exists(this.file)) {
			return new Anchors(valid, problems);
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			problems.add("锚点文件无法读取：" + this.file);
			return new Anchors(valid, problems);
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			Anchor anchor = parse(lines.get(i));
			if (anchor == null) {
				problems.add("锚点文件第 " + (i + 1) + " 行无法解析");
			}
			else if (!this.keys.verify(anchor.publicKey(), anchor.message(), anchor.signature())) {
				problems.add("锚点文件第 " + (i + 1) + " 行签名无效");
			}
			else {
				valid.add(anchor);
			}
		}
		return new Anchors(valid, problems);
	}

	Path file() {
		return this.file;
	}

	private static @Nullable Anchor parse(String line) {
		try {
			return json.readValue(line, Anchor.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void append(String line) throws IOException {
		Files.createDirectories(this.file.getParent());
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
			channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
			channel.force(true);
		}
	}

}
