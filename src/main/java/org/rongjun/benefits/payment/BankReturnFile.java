package org.rongjun.benefits.payment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rongjun.shared.ProblemException;

/**
 * The bank's return file for one run (回盘文件): {@code reference,status,reason} per line, an
 * optional {@code reference,…} header, status PAID / SUCCESS / 成功 or FAILED / FAIL / 失败.
 * A reference is the bank file's: {@code <run>-<beneficiary>}, or
 * {@code <run>-P<payable>} for a one-off. Anything else is refused with the line number,
 * before anything is settled.
 */
record BankReturnFile(List<Line> lines) {

	/** One payee record's outcome; {@code payableId} is 0 unless it is a one-off. */
	record Line(long beneficiaryId, long payableId, boolean paid, @Nullable String reason) {
	}

	static BankReturnFile parse(long runId, Reader content) {
		List<Line> lines = new ArrayList<>();
		String prefix = runId + "-";
		try (BufferedReader reader = new BufferedReader(content)) {
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				String line = text.strip();
				if (line.isEmpty() || (number == 1 && line.toLowerCase().startsWith("reference"))) {
					continue;
				}
				lines.add(line(number, line, prefix));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (lines.isEmpty()) {
			throw ProblemException.badRequest("回盘文件没有内容");
		}
		return new BankReturnFile(List.copyOf(lines));
	}

	private static Line line(int number, String line, String prefix) {
		String[] fields = line.split(",", 3);
		if (fields.length < 2) {
			throw ProblemException.badRequest("回盘文件第" + number + "行格式不正确，应为：参考号,状态,原因");
		}
		String reference = fields[0].strip();
		if (!reference.startsWith(prefix)) {
			throw ProblemException.badRequest("回盘文件第" + number + "行的参考号不属于本批次：" + reference);
		}
		String key = reference.substring(prefix.length());
		long beneficiary;
		long payable;
		try {
			if (key.startsWith("P")) {
				beneficiary = 0;
				payable = Long.parseLong(key.substring(1));
			}
			else {
				beneficiary = Long.parseLong(key);
				payable = 0;
			}
		}
		catch (NumberFormatException ex) {
			throw ProblemException.badRequest("回盘文件第" + number + "行的参考号不正确：" + reference);
		}
		String status = fields[1].strip().toUpperCase();
		boolean paid = switch (status) {
			case "PAID", "SUCCESS", "成功" -> true;
			case "FAILED", "FAIL", "失败" -> false;
			default -> throw ProblemException.badRequest("回盘文件第" + number + "行的状态应为 PAID 或 FAILED：" + status);
		};
		String reason = (fields.length > 2 && !fields[2].isBlank()) ? fields[2].strip() : null;
		return new Line(beneficiary, payable, paid, reason);
	}

}
