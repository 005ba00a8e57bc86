package org.rongjun.benefits.payment;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the bank's return file of run 12, without Spring. */
class BankReturnFileTests {

	@Test
	void eachLineNamesAPayeeRecordItsOutcomeAndTheBanksReason() {
		BankReturnFile file = parse("""
				reference,status,reason
				12-301,PAID,
				12-302,失败,账户已销户, 请核实
				12-P7,成功

				12-303, fail ,
				""");
		assertThat(file.lines()).containsExactly(new BankReturnFile.Line(301, 0, true, null),
				new BankReturnFile.Line(302, 0, false, "账户已销户, 请核实"), new BankReturnFile.Line(0, 7, true, null),
				new BankReturnFile.Line(303, 0, false, null));
	}

	@Test
	void aReferenceOfAnotherRunIsRefusedWithItsLineNumber() {
		assertThatThrownBy(() -> parse("12-301,PAID\n13-301,PAID\n")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("第2行的参考号不属于本批次：13-301");
	}

	@Test
	void aMalformedReferenceStatusOrLineIsRefusedWithItsLineNumber() {
		assertThatThrownBy(() -> parse("12-abc,PAID\n")).hasMessageContaining("第1行的参考号不正确");
		assertThatThrownBy(() -> parse("12-301,PAID\n12-302,UNKNOWN\n")).hasMessageContaining("第2行的状态应为 PAID 或 FAILED");
		assertThatThrownBy(() -> parse("12-301\n")).hasMessageContaining("第1行格式不正确");
	}

	@Test
	void aFileWithoutLinesIsRefused() {
		assertThatThrownBy(() -> parse("reference,status,reason\n\n")).hasMessageContaining("回盘文件没有内容");
	}

	private static BankReturnFile parse(String content) {
		return BankReturnFile.parse(12, new StringReader(content));
	}

}
