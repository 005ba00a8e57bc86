package org.rongjun.workbench;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Collects every module's open work for one user, most urgent first. */
@Service
public class Workbench {

	private static final Logger logger = LoggerFactory.getLogger(Workbench.class);

	private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator
		.comparing((WorkItem item) -> item.urgency().ordinal())
		.reversed()
		.thenComparing(WorkItem::module)
		.thenComparing(WorkItem::key);

	private final List<WorkSource> sources;

	Workbench(List<WorkSource> sources) {
		this.sources = List.copyOf(sources);
	}

	public List<WorkItem> open(Worker worker) {
		return this.sources.stream()
			.flatMap((source) -> safely(source, worker).stream())
			.filter((item) -> item.count() > 0)
			.sorted(MOST_URGENT_FIRST)
			.toList();
	}

	// One module's failing query must not take the whole home page down.
	private static List<WorkItem> safely(WorkSource source, Worker worker) {
		try {
			return source.open(worker);
		}
		catch (RuntimeException ex) {
			logger.warn("Work source {} failed for {}", source.getClass().getSimpleName(), worker.username(), ex);
			return List.of();
		}
	}

}
