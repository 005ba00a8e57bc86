package org.rongjun.benefits.payment;

/**
 * The two bank disbursement file layouts. CSV: UTF-8, header {@code
 * reference,name,account,bank,amount} (amount in yuan, two decimals). FIXED: GBK, CRLF,
 * reference 24, account 32, name 40 bytes (left-aligned, space-padded), amount in fen 15
 * (right-aligned, zero-padded).
 */
public enum BankFileFormat {

	CSV("text/csv;charset=UTF-8", ".csv"), FIXED("text/plain;charset=GBK", ".txt");

	private final String contentType;

	private final String extension;

	BankFileFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

}
