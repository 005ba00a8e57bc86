package org.rongjun.benefits.payment;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.rongjun.benefits.BenefitType;
import org.rongjun.shared.copy.BinaryCopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Settles a run's lines from a bank return file, set-based, in the caller's transaction:
 * the file's lines are COPYed into a temporary table, checked against the run, and one
 * statement settles every matching pending line. A failed line leaves the live key
 * (attempt = its run's id), so a follow-up run can pay the month (ADR 0009).
 */
@Repository
class BankReturnRepository {

	/**
	 * What the file settled: lines paid and failed, and the one-off payables among them.
	 */
	record Settlement(long paid, long failed, List<SettledOneOff> oneOffs) {
	}

	record SettledOneOff(long payableId, boolean paid, @Nullable String reason) {
	}

	/** The payable a one-off line paid, as its scheduler knows it. */
	record Payable(String reference, BenefitType benefitType) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	BankReturnRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** The file's lines as the temporary table {@code bank_return}, until the commit. */
	void stage(BankReturnFile file) {
		this.jdbc.sql("""
				create temp table bank_return (beneficiary_id bigint, payable bigint, ok boolean, reason text)
				on commit drop
				""").update();
		BinaryCopyRows rows = new BinaryCopyRows(file.lines().size() * 48);
		for (BankReturnFile.Line line : file.lines()) {
			rows.row(4).int8(line.beneficiaryId()).int8(line.payableId()).bool(line.paid()).text(line.reason());
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			rows.copyInto(connection,
					"copy bank_return (beneficiary_id, payable, ok, reason) from stdin (format binary)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not stage the bank return file", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** References of the staged file that are no payee record of the run. */
	List<String> unmatched(long runId) {
		return this.jdbc.sql("""
				select r.beneficiary_id, r.payable from bank_return r
				where not exists (select 1 from benefits.payment_line l where l.run_id = :run
				                  and l.beneficiary_id = r.beneficiary_id
				                  and (case when l.kind = 'ONE_OFF' then l.basis else 0 end) = r.payable)
				""")
			.param("run", runId)
			.query((rs, n) -> BankFileWriter.reference(runId, rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/**
	 * Every pending line of a staged payee record becomes PAID or FAILED (settled
	 * {@code today}); lines settled before stay as they are.
	 */
	Settlement settle(long runId, LocalDate today) {
		long[] counts = new long[2];
		List<SettledOneOff> oneOffs = new ArrayList<>();
		this.jdbc.sql("""
				with settled as (
				    update benefits.payment_line l
				    set state = case when r.ok then 'PAID' else 'FAILED' end,
				        attempt = case when r.ok then 0 else l.run_id end,
				        failure_reason = case when r.ok then null else coalesce(r.reason, '银行退回') end,
				        settled_on = :today
				    from bank_return r
				    where l.run_id = :run and l.attempt = 0 and l.state = 'PENDING'
				      and l.beneficiary_id = r.beneficiary_id
				      and (case when l.kind = 'ONE_OFF' then l.basis else 0 end) = r.payable
				    returning l.kind, l.basis, l.state, l.failure_reason
				),
				counted as (select count(*) filter (where state = 'PAID') as paid,
				                   count(*) filter (where state = 'FAILED') as failed
				            from settled)
				select c.paid, c.failed, o.basis, o.state, o.failure_reason
				from counted c
				left join (select basis, state, failure_reason from settled where kind = 'ONE_OFF') o on true
				""").param("run", runId).param("today", today).query((rs) -> {
			counts[0] = rs.getLong("paid");
			counts[1] = rs.getLong("failed");
			if (rs.getObject("basis") != null) {
				oneOffs.add(new SettledOneOff(rs.getLong("basis"), "PAID".equals(rs.getString("state")),
						rs.getString("failure_reason")));
			}
		});
		return new Settlement(counts[0], counts[1], List.copyOf(oneOffs));
	}

	/** The payable of a settled one-off line takes its outcome. */
	Payable settle(SettledOneOff oneOff) {
		return this.jdbc.sql("""
				update benefits.one_off_payable set status = :status, failure_reason = :reason where id = :id
				returning reference, benefit_type
				""")
			.param("status", oneOff.paid() ? "PAID" : "FAILED")
			.param("reason", oneOff.paid() ? null : oneOff.reason())
			.param("id", oneOff.payableId())
			.query((rs, n) -> new Payable(rs.getString("reference"), BenefitType.valueOf(rs.getString("benefit_type"))))
			.single();
	}

}
