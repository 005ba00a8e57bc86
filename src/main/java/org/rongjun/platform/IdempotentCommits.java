package org.rongjun.platform;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks an idempotency key COMMITTED inside the transaction that writes the request's
 * records, just before it commits: the records and the marker commit together or not at
 * all. So a retry after a crash that came between the commit and the stored answer is
 * never run a second time, and one after a crash before the commit runs again safely.
 * Spring Boot registers this listener with the transaction manager.
 */
@Component
class IdempotentCommits implements TransactionExecutionListener {

	private final IdempotencyKeyRepository keys;

	IdempotentCommits(IdempotencyKeyRepository keys) {
		this.keys = keys;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		IdempotentRequest request = IdempotentRequest.current();
		if (request == null || beginFailure != null || !isOwn(transaction)) {
			return;
		}
		boolean outermost = request.openTransactions().getAndIncrement() == 0;
		if (outermost && !transaction.isReadOnly()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					IdempotentCommits.this.keys.markCommitted(request);
				}
			});
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		ended(transaction);
	}

	@Override
	public void afterRollback(TransactionExecution transaction, @Nullable Throwable rollbackFailure) {
		ended(transaction);
	}

	private static void ended(TransactionExecution transaction) {
		IdempotentRequest request = IdempotentRequest.current();
		if (request != null && isOwn(transaction)) {
			request.openTransactions().decrementAndGet();
		}
	}

	/** A transaction of its own, not one joined or a savepoint. */
	private static boolean isOwn(TransactionExecution transaction) {
		return transaction.isNewTransaction() && !transaction.isNested();
	}

}
