package org.rongjun.identity;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 等保 8.1.4.1 a) 鉴别信息复杂度 (ADR 0021). */
class PasswordPolicyTests {

	@Test
	void whiteSpaceDoesNotMakeAShortPasswordLong() {
		// The finding: eight spaces and "1a" were accepted.
		assertRefused("        1a", "空格");
		assertRefused("Good Pass2026", "空格");
		assertRefused("Good\u3000Pass2026", "空格");
	}

	@Test
	void atLeastEightCharactersOfThreeKinds() {
		assertRefused("Ab1!x", "8 到 64 位");
		assertRefused("abcdefgh12", "至少三类");
		assertRefused("ABCDEFGH!!", "至少三类");
		assertAccepted("Qiuyu7Lantern");
		assertAccepted("lantern7!qiuyu");
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertRefused("Password1", "过于常见");
		assertRefused("P@ssw0rd", "过于常见");
		assertRefused("Aa123456", "过于常见");
		assertRefused("WoAini1314", "过于常见");
		assertRefused("Rongjun@2026", "过于常见");
	}

	@Test
	void thePasswordDoesNotContainTheUsername() {
		assertRefused("Xitang.Staff9", "用户名");
	}

	private static void assertRefused(String password, String reason) {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", password, "xitang.staff"))
			.isInstanceOf(ProblemException.class)
			.satisfies((ex) -> org.assertj.core.api.Assertions
				.assertThat(((ProblemException) ex).getBody().getProperties().toString())
				.contains(reason));
	}

	private static void assertAccepted(String password) {
		assertThatCode(() -> PasswordPolicy.check("newPassword", password, "xitang.staff")).doesNotThrowAnyException();
	}

}
