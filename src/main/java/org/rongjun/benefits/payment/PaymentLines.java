package org.rongjun.benefits.payment;

/**
 * The one column list of {@code benefits.payment_line} every statement that writes lines
 * uses, in this order: the regular lines' binary COPY (whose query yields exactly these
 * columns with exactly their types) and the set-based inserts of the other kinds.
 */
final class PaymentLines {

	static final String COLUMNS = "beneficiary_id, benefit_type, period_month, basis, attempt, run_id, kind, "
			+ "veteran_id, region_code, payee_name, bank_name, bank_account_mask, bank_account_cipher, amount_fen, "
			+ "standard_id, rate_id, note, state";

	/** Binary COPY into the lines; a repeated line fails it on the exactly-once key. */
	static final String COPY = "copy benefits.payment_line (" + COLUMNS + ") from stdin with (format binary)";

	private PaymentLines() {
	}

	/**
	 * Inserts what {@code select} yields ({@link #COLUMNS} in order), skipping lines
	 * whose exactly-once key is taken (ADR 0009).
	 */
	static String insert(String select) {
		return "insert into benefits.payment_line (" + COLUMNS + ")\n" + select + "\non conflict do nothing";
	}

}
