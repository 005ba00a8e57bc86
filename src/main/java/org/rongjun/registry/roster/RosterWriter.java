package org.rongjun.registry.roster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.rongjun.registry.person.VeteranRecord;
import org.rongjun.registry.person.VeteranRepository;
import org.rongjun.registry.pii.BlindIndex;
import org.rongjun.shared.RegionScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the rows of one import that were read without error, in batches, and decides
 * what an ID number already registered means: the same person imported again inside the
 * caller's scope (existing), or someone registered elsewhere (an error on the row). A
 * second row of the file with an ID number seen before is an error too.
 * <p>
 * Writes run on their own threads, each batch in its own transaction on its own
 * connection: while one batch is probed and copied, so is the other, and the next batch
 * is read meanwhile. Batches hold distinct ID numbers (duplicates inside the file are
 * refused before), so two concurrent batches never wait on each other's unique keys. At
 * most {@value #WRITERS} batches in flight keep memory flat whatever the file's size.
 */
final class RosterWriter implements AutoCloseable {

	/** Batches written at once, each on its own connection (two cores: two). */
	static final int WRITERS = 2;

	private final VeteranRepository veterans;

	private final TransactionTemplate transactions;

	private final RegionScope scope;

	private final String username;

	private final ErrorFile errors;

	/** The file's heading of the ID number column, as errors name it. */
	private final String idHeading;

	private final Set<BlindIndex> seenInFile = new HashSet<>();

	private final ExecutorService writer = Executors.newFixedThreadPool(WRITERS);

	private final Deque<Future<?>> writing = new ArrayDeque<>();

	private final AtomicLong added = new AtomicLong();

	private final AtomicLong existing = new AtomicLong();

	RosterWriter(VeteranRepository veterans, TransactionTemplate transactions, RegionScope scope, String username,
			ErrorFile errors, String idHeading) {
		this.idHeading = idHeading;
		this.veterans = veterans;
		this.transactions = transactions;
		this.scope = scope;
		this.username = username;
		this.errors = errors;
	}

	/** Hands a batch of rows read (in file order) to a writer thread. */
	void write(List<RowParser.Parsed> rows) {
		List<RowParser.Parsed> valid = new ArrayList<>(rows.size());
		for (RowParser.Parsed row : rows) {
			if (row.failed()) {
				this.errors.rejected(row.row(), row.errors(), row.warnings());
			}
			else if (!this.seenInFile.add(new BlindIndex(row.record().idNumber().index()))) {
				this.errors.rejected(row.row(), List.of(new RowIssue(this.idHeading, "身份证号在本文件中重复（前面的行已导入）")),
						row.warnings());
			}
			else {
				valid.add(row);
			}
		}
		while (this.writing.size() >= WRITERS) {
			awaitOldest();
		}
		if (!valid.isEmpty()) {
			this.writing.add(this.writer.submit(() -> insert(valid)));
		}
	}

	long added() {
		return this.added.get();
	}

	long existing() {
		return this.existing.get();
	}

	/** Waits for every batch in flight. */
	void finish() {
		while (!this.writing.isEmpty()) {
			awaitOldest();
		}
	}

	@Override
	public void close() {
		this.writer.shutdown();
	}

	private void awaitOldest() {
		Future<?> oldest = this.writing.poll();
		if (oldest == null) {
			return;
		}
		try {
			oldest.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	private void insert(List<RowParser.Parsed> batch) {
		List<VeteranRecord> records = batch.stream().map(RowParser.Parsed::record).toList();
		VeteranRepository.Batch result = insertRetryingRaces(records);
		for (RowParser.Parsed row : batch) {
			VeteranRepository.Owner owner = result.registered().get(new BlindIndex(row.record().idNumber().index()));
			if (owner == null) {
				this.added.incrementAndGet();
				if (!row.warnings().isEmpty()) {
					this.errors.warned(row.row(), row.warnings());
				}
			}
			else if (this.scope.contains(owner.householdRegionCode())) {
				this.existing.incrementAndGet();
			}
			else {
				this.errors.rejected(row.row(), List.of(new RowIssue(this.idHeading, "该身份证号已在其他地区登记")), row.warnings());
			}
		}
	}

	/**
	 * Someone registering one of the batch's people between its probe and its COPY fails
	 * the batch's transaction; the next attempt's probe finds them.
	 */
	private VeteranRepository.Batch insertRetryingRaces(List<VeteranRecord> records) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> this.veterans.insertNew(records, this.username));
			}
			catch (DuplicateKeyException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

}
