package org.rongjun.registry;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.registry.person.VeteranRecords;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Contact details for mailings (greetings, notices), selected set-based inside the
 * caller's scope and read as a stream: a million people go through a database cursor, one
 * row at a time, and each phone is decrypted only as its row passes. Phones leave the
 * module in full here because sending a text needs the number (个人信息保护法 Art 6: only what
 * the purpose needs — no ID or bank numbers); the deceased are never selected. A module
 * that must keep an address until it sends (messaging's outbox and opt-outs) seals it
 * here and indexes it with a blind index, so no table outside the registry holds a number
 * in clear either.
 */
@Service
public class VeteranContacts {

	private static final Logger log = LoggerFactory.getLogger(VeteranContacts.class);

	/**
	 * The purpose authenticated with sealed contact addresses and mixed into their index:
	 * neither can be taken for a registry phone's.
	 */
	private static final String CONTACT_ADDRESS = "contactAddress";

	private final VeteranRecords records;

	private final PiiCipher cipher;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	VeteranContacts(VeteranRecords records, PiiCipher cipher, JdbcClient jdbc, DataSource dataSource,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.cipher = cipher;
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(2000);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** How many people {@code selection} finds in {@code scope}, for a preview. */
	public ContactCount count(ContactSelection selection, RegionScope scope) {
		Map<String, Object> params = new HashMap<>();
		String where = where(selection, scope, params);
		return this.jdbc.sql("select count(*), count(v.phone_cipher) from registry.veteran v" + where)
			.params(params)
			.query((rs, row) -> new ContactCount(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Hands {@code work} the people {@code selection} finds in {@code scope}, streamed
	 * from a cursor inside a read-only transaction that lasts as long as {@code work};
	 * the stream is closed afterwards, so it must not escape.
	 */
	public <T> T withContacts(ContactSelection selection, RegionScope scope, Function<Stream<VeteranContact>, T> work) {
		return withContacts(selection, scope, 0, work);
	}

	/**
	 * As {@link #withContacts(ContactSelection, RegionScope, Function)}, in the order of
	 * the veteran id and starting after {@code afterVeteranId}: a mailing that records
	 * the last id it queued resumes from there after a crash.
	 */
	public <T> T withContacts(ContactSelection selection, RegionScope scope, long afterVeteranId,
			Function<Stream<VeteranContact>, T> work) {
		Map<String, Object> params = new HashMap<>();
		params.put("afterVeteranId", afterVeteranId);
		String sql = "select v.id, v.name, v.phone_cipher, v.household_region_code from registry.veteran v"
				+ where(selection, scope, params) + " and v.id > :afterVeteranId order by v.id";
		return this.readOnly.execute((status) -> {
			try (Stream<VeteranContact> contacts = this.streaming.queryForStream(sql, params,
					(rs, row) -> new VeteranContact(rs.getLong(1), rs.getString(2),
							phone(rs.getLong(1), rs.getBytes(3)), rs.getString(4)))) {
				return work.apply(contacts);
			}
		});
	}

	/**
	 * Seals a contact address (a phone number, an email address, a WeChat openid) that
	 * another module must keep until it sends, e.g. an outbox or an opt-out list: SM4-GCM
	 * under the current key, as the registry keeps its own numbers (ADR 0007), so a
	 * database dump shows no number. Opened only to send, by {@link #openAddress}.
	 */
	public byte[] sealAddress(String address) {
		return this.cipher.encrypt(CONTACT_ADDRESS, address);
	}

	/** The address {@link #sealAddress} sealed. */
	public String openAddress(byte[] sealed) {
		return this.cipher.decrypt(CONTACT_ADDRESS, sealed);
	}

	/**
	 * The blind index (HMAC-SM3) of a contact address in the form the caller normalised
	 * it to: equal addresses give equal indexes, so an opt-out list matches an outbox
	 * without either holding the address in clear.
	 */
	public byte[] addressIndex(String normalisedAddress) {
		return this.cipher.blindIndex(CONTACT_ADDRESS, normalisedAddress);
	}

	private String where(ContactSelection selection, RegionScope scope, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				VeteranRepository.where(scope, this.records.criteria(selection.search()), params));
		where.append(" and v.death_date is null");
		if (selection.anniversary() != null && selection.on() != null) {
			String column = switch (selection.anniversary()) {
				case BIRTHDAY -> "v.birth_date";
				case ENLISTMENT -> "v.enlistment_date";
			};
			LocalDate on = selection.on();
			where.append(" and extract(month from ").append(column).append(") = :anniversaryMonth");
			// Born on 29 February: greeted on the 28th in years without a 29th.
			boolean leapDayToo = on.getMonth() == Month.FEBRUARY && on.getDayOfMonth() == 28 && !on.isLeapYear();
			where.append(" and extract(day from ")
				.append(column)
				.append(leapDayToo ? ") in (28, 29)" : ") = :anniversaryDay");
			where.append(" and ").append(column).append(" < :anniversaryOn");
			params.put("anniversaryMonth", on.getMonthValue());
			params.put("anniversaryDay", on.getDayOfMonth());
			params.put("anniversaryOn", on);
		}
		return where.toString();
	}

	private @Nullable String phone(long id, byte @Nullable [] phoneCipher) {
		if (phoneCipher == null) {
			return null;
		}
		try {
			return this.cipher.decrypt(SensitiveNumbers.PHONE, phoneCipher);
		}
		catch (IllegalStateException ex) {
			// A number under a retired key nobody configured: skip the person, not the
			// whole mailing.
			log.warn("Phone of veteran {} could not be decrypted: {}", id, ex.getMessage());
			return null;
		}
	}

}
