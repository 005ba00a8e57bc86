package org.rongjun.registry;

import java.util.ArrayList;
import java.util.List;

import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the registry offers payment runs besides its published views ({@code
 * registry.entitlement}, {@code registry.payee}, {@code registry.household_transfer},
 * {@code registry.entitlement_status_change}, ADR 0009): the id range to split a run into
 * chunks, and bulk decryption of bank account numbers for the bank disbursement file. The
 * key never leaves the registry.
 */
@Service
public class EntitlementReadModel {

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	EntitlementReadModel(JdbcClient jdbc, PiiCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** The highest beneficiary id there is (0 when none). */
	public long highestBeneficiaryId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from registry.beneficiary").query(Long.class).single();
	}

	/**
	 * The full account numbers of {@code ciphers} (from {@code bank_account_cipher} of
	 * the views), in order; only for a bank disbursement file, never for display.
	 */
	public List<String> revealBankAccounts(List<byte[]> ciphers) {
		List<String> accounts = new ArrayList<>(ciphers.size());
		for (byte[] value : ciphers) {
			accounts.add(this.cipher.decrypt(SensitiveNumbers.BANK_ACCOUNT, value));
		}
		return accounts;
	}

	/** One account number, for a bank file line. */
	public String revealBankAccount(byte[] cipher) {
		return this.cipher.decrypt(SensitiveNumbers.BANK_ACCOUNT, cipher);
	}

}
