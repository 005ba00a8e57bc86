package org.rongjun.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.rongjun.shared.ProblemException;
import org.springframework.core.io.ClassPathResource;

/**
 * 等保 8.1.4.1 a) asks that 鉴别信息具有复杂度要求: 8 to 64 characters, no white space (a padded
 * password is a short one), at least three of upper-case letters, lower-case letters,
 * digits and symbols, not a commonly used password (about 20,000 of them, ADR 0021), and
 * not containing the username.
 */
final class PasswordPolicy {

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password.codePoints().anyMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			throw ProblemException.invalidField(field, "密码不能包含空格");
		}
		if (password.length() < 8 || password.length() > 64) {
			throw ProblemException.invalidField(field, "密码长度须为 8 到 64 位");
		}
		int classes = (has(password, Character::isUpperCase) ? 1 : 0) + (has(password, Character::isLowerCase) ? 1 : 0)
				+ (has(password, Character::isDigit) ? 1 : 0)
				+ (has(password, (c) -> !Character.isLetterOrDigit(c)) ? 1 : 0);
		if (classes < 3) {
			throw ProblemException.invalidField(field, "密码须包含大写字母、小写字母、数字、符号中的至少三类");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw ProblemException.invalidField(field, "密码不能包含用户名");
		}
		if (COMMON.contains(lower)) {
			throw ProblemException.invalidField(field, "该密码过于常见，容易被猜中，请换一个");
		}
	}

	private static boolean has(String password, java.util.function.IntPredicate kind) {
		return password.codePoints().anyMatch(kind);
	}

	private static Set<String> load() {
		Set<String> common = new HashSet<>(32_768);
		try (InputStream gz = new GZIPInputStream(
				new ClassPathResource("identity/common-passwords.txt.gz").getInputStream());
				InputStream zh = new ClassPathResource("identity/common-passwords-zh.txt").getInputStream()) {
			read(gz, common);
			read(zh, common);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the common-password lists", ex);
		}
		return Set.copyOf(common);
	}

	private static void read(InputStream in, Set<String> into) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (!line.isBlank() && !line.startsWith("#")) {
				into.add(line.strip().toLowerCase(Locale.ROOT));
			}
		}
	}

}
