package org.rongjun.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers module events that were committed but not yet heard (ADR 0022). Spring
 * Modulith stores one row per event and listener in the publishing transaction; this
 * class decides when an undelivered row is tried again:
 * <ul>
 * <li>once the application is ready, every row published before this process started: its
 * process stopped before (or while) the listener ran, or the listener failed;</li>
 * <li>every {@code rongjun.events.retry.interval}, rows whose listener failed, up to
 * {@code rongjun.events.retry.max-attempts} deliveries each (a failure that outlives them
 * is logged as an error and waits for the next start).</li>
 * </ul>
 * The library's own republish-on-restart is off: it runs before the application is ready,
 * and it skips rows a stopped process left marked as being resubmitted, which would then
 * never be delivered. One node runs the application (ADR 0005), so anything still open
 * from before this start belongs to nobody else.
 */
@Component
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final JdbcClient jdbc;

	private final Instant startedAt;

	private final int maxAttempts;

	private final Duration archiveRetention;

	private final Set<UUID> exhausted = ConcurrentHashMap.newKeySet();

	EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcClient jdbc,
			Clock clock, @Value("${rongjun.events.retry.max-attempts:10}") int maxAttempts,
			@Value("${rongjun.events.archive-retention:P365D}") Duration archiveRetention) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.jdbc = jdbc;
		// the registry stamps publications with the same Clock bean
		this.startedAt = clock.instant();
		this.maxAttempts = maxAttempts;
		this.archiveRetention = archiveRetention;
	}

	/**
	 * Delivers what the previous process left undelivered. Rows it had claimed
	 * (published, processing, resubmitted) are marked failed first: that process is gone,
	 * and the registry only resubmits a row nobody else holds.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void redeliverAfterRestart() {
		int orphaned = this.jdbc.sql("""
				update platform.event_publication set status = 'FAILED'
				where completion_date is null and status <> 'FAILED' and publication_date < :started
				""").param("started", Timestamp.from(this.startedAt)).update();
		int delivered = resubmit((publication) -> publication.getPublicationDate().isBefore(this.startedAt));
		if (delivered > 0) {
			log.info("Redelivering {} module event(s) left undelivered before this start ({} interrupted)", delivered,
					orphaned);
		}
	}

	/** Tries failed deliveries again; those that failed too often wait for a restart. */
	@Scheduled(fixedDelayString = "${rongjun.events.retry.interval:PT5M}",
			initialDelayString = "${rongjun.events.retry.interval:PT5M}")
	void retryFailed() {
		resubmit((publication) -> {
			if (publication.getStatus() != EventPublication.Status.FAILED) {
				return false;
			}
			if (publication.getCompletionAttempts() < this.maxAttempts) {
				return true;
			}
			if (this.exhausted.add(publication.getIdentifier())) {
				log.error("Module event {} ({}) failed {} times; it is tried again at the next start",
						publication.getIdentifier(), publication.getEvent().getClass().getSimpleName(),
						publication.getCompletionAttempts());
			}
			return false;
		});
	}

	/**
	 * Delivered events are kept for diagnosis for a year (configurable), then dropped.
	 */
	@Scheduled(cron = "0 40 3 * * *", zone = "Asia/Shanghai")
	void purgeArchive() {
		this.completed.deletePublicationsOlderThan(this.archiveRetention);
	}

	private int resubmit(Predicate<EventPublication> filter) {
		AtomicInteger count = new AtomicInteger();
		this.incomplete.resubmitIncompletePublications((publication) -> {
			boolean chosen = filter.test(publication);
			if (chosen) {
				count.incrementAndGet();
			}
			return chosen;
		});
		return count.get();
	}

}
