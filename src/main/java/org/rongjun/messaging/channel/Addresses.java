package org.rongjun.messaging.channel;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.rongjun.registry.VeteranContacts;
import org.springframework.stereotype.Component;

/**
 * Addresses as messaging keeps them: never in clear. An address is normalised for its
 * channel (a phone to its digits, an email to lower case), then stored as an SM4
 * ciphertext that is opened only to send, a blind index that opt-outs and SMS replies are
 * matched on, and, where staff need to recognise it, a mask. The cipher and the index key
 * are the registry's (ADR 0007), reached through {@link VeteranContacts}.
 */
@Component
public class Addresses {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s()-]");

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

	private final VeteranContacts contacts;

	Addresses(VeteranContacts contacts) {
		this.contacts = contacts;
	}

	/** An address sealed for storage: ciphertext, blind index and mask. */
	public record Sealed(byte[] cipher, byte[] index, String mask) {
	}

	/**
	 * The address in the form that is indexed, or null when it cannot be an address on
	 * {@code channel} (an SMS address that is not a mobile or fixed-line number).
	 */
	public static @Nullable String normalise(Channel channel, String address) {
		String value = address.strip();
		return switch (channel) {
			case SMS -> {
				String digits = SEPARATORS.matcher(value).replaceAll("");
				if (digits.startsWith("+86")) {
					digits = digits.substring(3);
				}
				else if (digits.startsWith("0086")) {
					digits = digits.substring(4);
				}
				else if (digits.length() == 13 && digits.startsWith("861")) {
					// what some SMSCs put in source_addr of a reply
					digits = digits.substring(2);
				}
				yield PHONE.matcher(digits).matches() ? digits : null;
			}
			case EMAIL -> value.toLowerCase(Locale.ROOT);
			case WECHAT, IN_APP -> value;
		};
	}

	/** Seals an address already normalised for {@code channel}. */
	public Sealed seal(Channel channel, String normalised) {
		return new Sealed(this.contacts.sealAddress(normalised), index(normalised), mask(channel, normalised));
	}

	/**
	 * The ciphertext alone, for the outbox (which shows no address, so needs no mask).
	 */
	public byte[] encrypt(String normalised) {
		return this.contacts.sealAddress(normalised);
	}

	public byte[] index(String normalised) {
		return this.contacts.addressIndex(normalised);
	}

	/** The address a sealed one holds; for the moment of sending only. */
	public String open(byte[] cipher) {
		return this.contacts.openAddress(cipher);
	}

	/**
	 * What staff see: {@code 138****5678}, {@code z***@example.cn}, the first four
	 * characters of an openid or user name.
	 */
	static String mask(Channel channel, String value) {
		if (channel == Channel.SMS && value.length() >= 8) {
			return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
		}
		int at = value.indexOf('@');
		if (channel == Channel.EMAIL && at > 0) {
			return value.charAt(0) + "***" + value.substring(at);
		}
		return (value.length() <= 4) ? value.charAt(0) + "***" : value.substring(0, 4) + "***";
	}

}
