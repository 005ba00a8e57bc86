package org.rongjun.identity;

import org.rongjun.shared.ProblemException;

/**
 * 等保 8.1.4.1 a) asks for passwords with a complexity requirement: at least 8 characters,
 * with letters and digits, not containing the username.
 */
final class PasswordPolicy {

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password.length() < 8 || password.length() > 64) {
			throw ProblemException.invalidField(field, "密码长度须为 8 到 64 位");
		}
		if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			throw ProblemException.invalidField(field, "密码须同时包含字母和数字");
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			throw ProblemException.invalidField(field, "密码不能包含用户名");
		}
	}

}
