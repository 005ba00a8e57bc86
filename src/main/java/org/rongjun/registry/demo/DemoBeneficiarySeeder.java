package org.rongjun.registry.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.registry.pii.PiiCipher;
import org.rongjun.registry.pii.SensitiveNumbers;
import org.rongjun.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every eighth demo veteran a beneficiary record receiving benefits and a bank
 * account, so that a payment run can be prepared on the demo county at once: disabled
 * servicemembers of several grades and causes, martyrs' survivors, 在乡复员军人, 参战 and rural
 * veterans aged 60+.
 */
@Component
@Order(31)
@ConditionalOnDemoData
class DemoBeneficiarySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBeneficiarySeeder.class);

	private record Entitlement(String category, Integer grade, String cause) {
	}

	private static final List<Entitlement> MIX = List.of(new Entitlement("11", 1, "COMBAT"),
			new Entitlement("11", 4, "DUTY"), new Entitlement("11", 6, "ILLNESS"), new Entitlement("11", 8, "COMBAT"),
			new Entitlement("21", null, null), new Entitlement("23", null, null), new Entitlement("41", null, null),
			new Entitlement("51", null, null), new Entitlement("81", null, null), new Entitlement("42", null, null));

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	DemoBeneficiarySeeder(JdbcClient jdbc, PiiCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from registry.beneficiary)").query(Boolean.class).single()) {
			return;
		}
		List<Long> veterans = this.jdbc.sql("""
				select id from registry.veteran
				where household_region_code between '330421002000' and '330421003999'
				  and id % 3 = 0 and death_date is null
				order by id
				""").query(Long.class).list();
		int i = 0;
		for (long veteran : veterans) {
			Entitlement entitlement = MIX.get(i % MIX.size());
			String account = "6217" + String.format("%015d", 330421_000_000_000L + veteran);
			this.jdbc.sql("""
					update registry.veteran set bank_name = '浙江嘉善农村商业银行', bank_account_cipher = :cipher,
					       bank_account_mask = :mask where id = :id
					""")
				.param("cipher", this.cipher.encrypt(SensitiveNumbers.BANK_ACCOUNT, account))
				.param("mask", SensitiveNumbers.maskBankAccount(account))
				.param("id", veteran)
				.update();
			long beneficiary = this.jdbc.sql("""
					insert into registry.beneficiary (veteran_id, category, disability_grade, disability_cause, status)
					values (:veteran, :category, :grade, :cause, 'RECEIVING') returning id
					""")
				.param("veteran", veteran)
				.param("category", entitlement.category())
				.param("grade", entitlement.grade())
				.param("cause", entitlement.cause())
				.query(Long.class)
				.single();
			this.jdbc
				.sql("""
						insert into registry.beneficiary_status_change (beneficiary_id, from_status, to_status, changed_by, reason)
						values (:id, null, 'RECEIVING', 'demo', '演示数据')
						""")
				.param("id", beneficiary)
				.update();
			i++;
		}
		log.info("Seeded {} demo beneficiaries receiving benefits", veterans.size());
	}

}
