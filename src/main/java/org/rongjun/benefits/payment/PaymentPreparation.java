package org.rongjun.benefits.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.benefits.payment.PaymentRunChunkRepository.Chunk;
import org.rongjun.jobs.JobContext;
import org.rongjun.registry.EntitlementReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a run to its lines inside PostgreSQL (ADR 0009): the standards are first
 * resolved into the run's rates ({@link PaymentRates}), then every chunk of beneficiary
 * ids writes its regular lines ({@link RegularLines}), its 丧葬补助 and 补发 lines
 * ({@link PaymentLineInserts}) and its done mark in one transaction. Two chunks run at
 * once. A crash loses at most the chunks in flight, and a resumed preparation does only
 * the chunks not done; the exactly-once key of a line makes a repeated line a no-op. A
 * run cancelled while it is prepared stops getting lines.
 */
@Component
class PaymentPreparation {

	private static final Logger log = LoggerFactory.getLogger(PaymentPreparation.class);

	/**
	 * Called inside a chunk's transaction after its lines are written: tests abort here.
	 */
	interface ChunkHook {

		void afterLines(long runId, long lo);

	}

	static final int PARALLEL = 2;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EntitlementReadModel registry;

	private final PaymentRunRepository runs;

	private final PaymentRates rates;

	private final PaymentRunChunkRepository chunks;

	private final RegularLines regularLines;

	private final PaymentLineInserts otherLines;

	volatile int minimumChunk = 5_000;

	volatile @Nullable ChunkHook hook;

	PaymentPreparation(JdbcClient jdbc, TransactionTemplate transactions, EntitlementReadModel registry,
			PaymentRunRepository runs, PaymentRates rates, PaymentRunChunkRepository chunks, RegularLines regularLines,
			PaymentLineInserts otherLines) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.transactions = transactions;
		this.registry = registry;
		this.rates = rates;
		this.chunks = chunks;
		this.regularLines = regularLines;
		this.otherLines = otherLines;
	}

	/**
	 * Brings a PREPARING run to its full set of lines; safe to call again after a crash.
	 */
	void prepare(PaymentRun run, JobContext progress) throws Exception {
		if (run.followUpOf() != null) {
			whilePreparing(run, () -> this.otherLines.reissueFailed(run));
			return;
		}
		if (run.benefitType().isOneOff()) {
			whilePreparing(run, () -> this.otherLines.oneOffs(run));
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.rates.resolve(run);
			long highest = this.registry.highestBeneficiaryId();
			this.chunks.plan(run.id(), highest, Math.max(this.minimumChunk, (highest + 15) / 16));
		});
		List<Chunk> open = this.chunks.open(run.id());
		long all = this.chunks.count(run.id());
		progress.total(all);
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (Chunk chunk : open) {
				pending.add(pool.submit(() -> whilePreparing(run, () -> chunk(run, chunk))));
			}
			long done = all - open.size();
			for (Future<?> future : pending) {
				future.get();
				progress.progress(++done);
			}
		}
		finally {
			pool.shutdownNow();
		}
		whilePreparing(run, () -> this.otherLines.topUps(run));
	}

	/**
	 * Writes lines in a transaction of their own, kept only if the run is still being
	 * prepared when it commits: a run cancelled meanwhile gets no more lines. The run is
	 * checked again at the end under a share lock, so a cancel either comes first (and
	 * the lines are rolled back) or waits for the commit (and deletes them with the
	 * rest).
	 */
	private void whilePreparing(PaymentRun run, Runnable work) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.runs.find(run.id()).map(PaymentRun::status).orElse(null) != RunStatus.PREPARING) {
				return;
			}
			work.run();
			if (!this.runs.holdWhilePreparing(run.id())) {
				status.setRollbackOnly();
			}
		});
	}

	private void chunk(PaymentRun run, Chunk chunk) {
		// A chunk lost in a crash is redone on resume: lines and done mark commit
		// together, so the commit need not wait for the WAL to reach the disk.
		this.jdbc.sql("set local synchronous_commit = off").update();
		long started = System.nanoTime();
		long regular = this.regularLines.write(run, chunk.lo(), chunk.hi());
		long copied = System.nanoTime();
		int funeral = this.otherLines.funeralMonths(run, chunk.lo(), chunk.hi());
		int backPay = this.otherLines.backPay(run, chunk.lo(), chunk.hi());
		log.debug("Run {} chunk {}: {} regular lines in {} ms, funeral and back pay in {} ms", run.id(), chunk.lo(),
				regular, (copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
		ChunkHook current = this.hook;
		if (current != null) {
			current.afterLines(run.id(), chunk.lo());
		}
		this.chunks.markDone(run.id(), chunk, regular + funeral + backPay);
	}

}
