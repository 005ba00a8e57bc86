package org.rongjun.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the audit log calls a request, in words (ADR 0020): the operation by method and
 * path pattern ({@code identity/audit-operations.txt}, e.g. 下载银行发放文件) and the object by
 * the path variables ({@code identity/audit-objects.txt}, e.g. 发放批次 #12), instead of a
 * raw {@code GET /api/…}. The tables also say which requests are exports and which POSTs
 * only read.
 */
@Component
public class AuditOperations {

	/** How a request counts in the audit log. */
	public enum Kind {

		/** 数据变更. */
		WRITE,
		/** 数据导出: a file with people's data. */
		EXPORT,
		/** A read of sensitive data that is logged. */
		VIEW,
		/** Reads, even when sent as POST: not logged. */
		READ

	}

	public record Operation(String method, String pattern, Kind kind, String name) {
	}

	private final Map<String, Operation> operations = new LinkedHashMap<>();

	private final Map<String, String> objects = new LinkedHashMap<>();

	AuditOperations() {
		for (String[] fields : table("identity/audit-operations.txt", 4)) {
			Operation operation = new Operation(fields[0], fields[1], Kind.valueOf(fields[2]), fields[3]);
			this.operations.put(fields[0] + " " + fields[1], operation);
		}
		for (String[] fields : table("identity/audit-objects.txt", 2)) {
			this.objects.put(fields[0], fields[1]);
		}
	}

	public Optional<Operation> find(String method, String pattern) {
		return Optional.ofNullable(this.operations.get(method + " " + pattern));
	}

	public List<Operation> all() {
		return List.copyOf(this.operations.values());
	}

	/** The name of what the path before a path variable holds, e.g. 发放批次. */
	public Optional<String> noun(String collectionPath) {
		return Optional.ofNullable(this.objects.get(collectionPath));
	}

	/**
	 * The objects a request names, e.g. {@code 人员档案 #12 / 家庭成员 #5} for
	 * {@code /api/registry/veterans/{id}/family-members/{memberId}}; null without path
	 * variables.
	 */
	@Nullable String objectOf(String pattern, Map<String, String> variables) {
		List<String> parts = new ArrayList<>();
		StringBuilder prefix = new StringBuilder();
		for (String segment : pattern.substring(1).split("/")) {
			if (segment.startsWith("{") && segment.endsWith("}")) {
				String value = variables.get(segment.substring(1, segment.length() - 1));
				if (value != null) {
					String noun = this.objects.getOrDefault(prefix.toString(), prefix.toString());
					parts.add(noun + (value.matches("\\d+") ? " #" : " ") + value);
				}
			}
			prefix.append('/').append(segment);
		}
		return parts.isEmpty() ? null : String.join(" / ", parts);
	}

	private static List<String[]> table(String resource, int columns) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.strip().split("\\s+", columns);
				if (fields.length != columns) {
					throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
				}
				rows.add(fields);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + resource, ex);
		}
		return rows;
	}

}
