package org.rongjun.benefits.payment;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 补发 authorised for months a paused beneficiary was not paid; the next run of the benefit
 * pays the months not paid yet ({@link PaymentLineInserts#backPay}).
 */
@Repository
class BackPayRepository {

	private final JdbcClient jdbc;

	BackPayRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Where a beneficiary receiving benefits lives; empty if not receiving (or unknown).
	 */
	Optional<String> regionOfReceiving(long beneficiaryId) {
		return this.jdbc
			.sql("select region_code from registry.entitlement where beneficiary_id = :id and status = 'RECEIVING'")
			.param("id", beneficiaryId)
			.query(String.class)
			.optional();
	}

	void authorize(BackPayRequest request, String username) {
		this.jdbc
			.sql("""
					insert into benefits.back_pay (beneficiary_id, benefit_type, first_month, last_month, reason, authorized_by)
					values (:id, :type, :first, :last, :reason, :by)
					""")
			.param("id", request.beneficiaryId())
			.param("type", request.benefitType().name())
			.param("first", request.firstMonth().atDay(1))
			.param("last", request.lastMonth().atDay(1))
			.param("reason", request.reason().strip())
			.param("by", username)
			.update();
	}

}
