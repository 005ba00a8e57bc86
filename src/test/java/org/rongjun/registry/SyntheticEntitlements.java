package org.rongjun.registry;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.support.DatabaseSuperuser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds many veterans, each with one beneficiary record receiving benefits and a bank
 * account, set-based (for payment-run benchmarks and fault tests). ID numbers are not
 * real: the blind index is unique per person, the ciphertexts are shared.
 */
@Component
public class SyntheticEntitlements {

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	/** ANALYZE is the tables' owner's (or a superuser's), not the application's. */
	private final DatabaseSuperuser superuser;

	SyntheticEntitlements(JdbcClient jdbc, PiiCipher cipher, DataSource dataSource) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.superuser = DatabaseSuperuser.of(dataSource);
	}

	/** Seeds {@code count} beneficiaries of {@code category} in {@code regionCode}. */
	public void seed(String tag, String regionCode, String category, int count) {
		seed(tag, regionCode, category, null, null, count);
	}

	/** The veteran seeded as number {@code i} (from 1) under {@code tag}. */
	public long veteranId(String tag, int i) {
		return this.jdbc.sql("select id from registry.veteran where id_number_index = decode(md5(:key), 'hex')")
			.param("key", tag + i)
			.query(Long.class)
			.single();
	}

	/** The beneficiary record of a seeded veteran. */
	public long beneficiaryId(long veteranId) {
		return this.jdbc.sql("select id from registry.beneficiary where veteran_id = :veteran")
			.param("veteran", veteranId)
			.query(Long.class)
			.single();
	}

	/**
	 * Seeds disabled servicemembers (or others, grade and cause null) in
	 * {@code regionCode}.
	 */
	public void seed(String tag, String regionCode, String category, @Nullable Integer grade, @Nullable String cause,
			int count) {
		byte[] idCipher = this.cipher.encrypt(SensitiveNumbers.ID_NUMBER, "330421195001010011");
		byte[] account = this.cipher.encrypt(SensitiveNumbers.BANK_ACCOUNT, "6217330421000000001");
		this.jdbc
			.sql("""
					with seeded as (
					    insert into registry.veteran (name, gender, birth_date, id_number_cipher, id_number_index,
					        id_number_mask, bank_name, bank_account_cipher, bank_account_mask, household_region_code)
					    select '测试人员' || i, 'MALE', date '1950-01-01', :idCipher, decode(md5(:tag || i), 'hex'),
					           '3304**********0011', '测试银行', :account, '6217***********0001', :region
					    from generate_series(1, :count) i
					    returning id
					)
					insert into registry.beneficiary (veteran_id, category, disability_grade, disability_cause, status)
					select id, cast(:category as text), cast(:grade as smallint), cast(:cause as text), 'RECEIVING' from seeded order by id
					""")
			.param("idCipher", idCipher)
			.param("tag", tag)
			.param("account", account)
			.param("region", regionCode)
			.param("count", count)
			.param("category", category)
			.param("grade", grade)
			.param("cause", cause)
			.update();
		this.superuser.jdbc().sql("analyze registry.veteran").update();
		this.superuser.jdbc().sql("analyze registry.beneficiary").update();
	}

}
