package org.rongjun.registry;

import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.IdNumber;
import org.springframework.stereotype.Component;

/**
 * The registry's protection of personal numbers for other modules that keep people who
 * may have no person file (a petitioner, a representative): the same SM4 encryption,
 * HMAC-SM3 blind index and masks as the person file (ADR 0007), so a stored phone or ID
 * number is never in clear and still matches a registered person's by its index. The
 * field name is what a bad value is reported on.
 */
@Component
public class PersonalNumbers {

	private final PiiCipher cipher;

	PersonalNumbers(PiiCipher cipher) {
		this.cipher = cipher;
	}

	/** A number as a module stores it: cipher text, blind index and the mask to show. */
	public record Protected(byte[] cipher, byte[] index, String mask) {
	}

	/**
	 * An 11-digit mobile or a fixed line with area code (spaces, dashes, +86 allowed).
	 */
	public Protected phone(String text, String field) {
		String digits = SensitiveNumbers.phone(text, field);
		return new Protected(this.cipher.encrypt(SensitiveNumbers.PHONE, digits),
				this.cipher.blindIndex(SensitiveNumbers.PHONE, digits), SensitiveNumbers.maskPhone(digits));
	}

	/** A resident ID number (GB 11643), 15-digit numbers converted to 18. */
	public Protected idNumber(String text, String field) {
		IdNumber id = SensitiveNumbers.idNumber(text, field);
		return new Protected(this.cipher.encrypt(SensitiveNumbers.ID_NUMBER, id.value()),
				this.cipher.blindIndex(SensitiveNumbers.ID_NUMBER, id.value()), id.masked());
	}

	/** The phone in clear, for a call back; callers audit who asked. */
	public String revealPhone(byte[] cipherText) {
		return this.cipher.decrypt(SensitiveNumbers.PHONE, cipherText);
	}

}
