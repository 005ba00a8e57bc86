package org.rongjun.workbench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Collects every module's open work for one user, most urgent first. The sources are
 * counted side by side on a small pool of their own, so the home page waits for the
 * slowest module rather than for all of them in a row; a source that fails or has not
 * answered within its time is left out (and logged), never the whole page. When the pool
 * is busy, the request's own thread counts (back-pressure rather than a queue that
 * grows).
 */
@Service
public class Workbench implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Workbench.class);

	private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator
		.comparing((WorkItem item) -> item.urgency().ordinal())
		.reversed()
		.thenComparing(WorkItem::module)
		.thenComparing(WorkItem::key);

	private final List<WorkSource> sources;

	private final ThreadPoolExecutor counting;

	private final Duration sourceTimeout;

	Workbench(List<WorkSource> sources, @Value("${rongjun.workbench.threads:4}") int threads,
			@Value("${rongjun.workbench.source-timeout:PT2S}") Duration sourceTimeout) {
		this.sources = List.copyOf(sources);
		this.sourceTimeout = sourceTimeout;
		AtomicInteger number = new AtomicInteger();
		this.counting = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(threads * 8), (task) -> {
					Thread thread = new Thread(task, "workbench-" + number.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	public List<WorkItem> open(Worker worker) {
		List<Future<List<WorkItem>>> counts = new ArrayList<>();
		for (WorkSource source : this.sources) {
			counts.add(this.counting.submit(() -> source.open(worker)));
		}
		long deadline = System.nanoTime() + this.sourceTimeout.toNanos();
		List<WorkItem> items = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			items.addAll(collect(this.sources.get(i), counts.get(i), deadline, worker));
		}
		return items.stream().filter((item) -> item.count() > 0).sorted(MOST_URGENT_FIRST).toList();
	}

	// One module's failing or slow query must not take the whole home page down.
	private static List<WorkItem> collect(WorkSource source, Future<List<WorkItem>> count, long deadline,
			Worker worker) {
		try {
			return count.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			count.cancel(true);
			logger.warn("Work source {} did not answer in time for {}; left out", name(source), worker.username());
		}
		catch (ExecutionException ex) {
			logger.warn("Work source {} failed for {}", name(source), worker.username(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return List.of();
	}

	private static String name(WorkSource source) {
		return source.getClass().getSimpleName();
	}

	@Override
	public void destroy() {
		this.counting.shutdownNow();
	}

}
