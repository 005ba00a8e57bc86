package org.rongjun.benefits.payment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A run's preparation in chunks of beneficiary ids, each marked done in the transaction
 * that writes its lines: a crashed or killed preparation resumes with the chunks not
 * done.
 */
@Repository
class PaymentRunChunkRepository {

	/** A range of beneficiary ids, both ends included. */
	record Chunk(long lo, long hi) {
	}

	private final JdbcClient jdbc;

	PaymentRunChunkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cuts ids 1..{@code highest} into ranges of {@code size}, unless the run has its
	 * chunks already (a resumed preparation).
	 */
	void plan(long runId, long highest, long size) {
		boolean planned = this.jdbc.sql("select exists (select 1 from benefits.payment_run_chunk where run_id = :run)")
			.param("run", runId)
			.query(Boolean.class)
			.single();
		if (planned) {
			return;
		}
		for (long lo = 1; lo <= Math.max(highest, 1); lo += size) {
			this.jdbc.sql("insert into benefits.payment_run_chunk (run_id, lo, hi) values (:run, :lo, :hi)")
				.param("run", runId)
				.param("lo", lo)
				.param("hi", lo + size - 1)
				.update();
		}
	}

	List<Chunk> open(long runId) {
		return this.jdbc
			.sql("select lo, hi from benefits.payment_run_chunk where run_id = :run and not done order by lo")
			.param("run", runId)
			.query((rs, row) -> new Chunk(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	long count(long runId) {
		return this.jdbc.sql("select count(*) from benefits.payment_run_chunk where run_id = :run")
			.param("run", runId)
			.query(Long.class)
			.single();
	}

	void markDone(long runId, Chunk chunk, long lines) {
		this.jdbc
			.sql("update benefits.payment_run_chunk set done = true, lines = :lines where run_id = :run and lo = :lo")
			.param("lines", lines)
			.param("run", runId)
			.param("lo", chunk.lo())
			.update();
	}

}
