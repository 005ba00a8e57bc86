package org.rongjun.workbench;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.rongjun.shared.RegionCode;
import org.rongjun.shared.RegionScope;
import org.rongjun.workbench.WorkItem.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchTests {

	private static final Worker WORKER = new Worker("county.staff", RegionScope.of(RegionCode.of("330421000000")),
			Set.of());

	@Test
	void theSourcesAreCountedSideBySide() {
		// each source answers only once every source has started: counted one after
		// another, the first would give up waiting
		CountDownLatch allStarted = new CountDownLatch(5);
		List<WorkSource> sources = IntStream.range(0, 5).<WorkSource>mapToObj((i) -> (worker) -> {
			allStarted.countDown();
			try {
				if (!allStarted.await(1, TimeUnit.SECONDS)) {
					throw new IllegalStateException("counted alone");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return List.of(item("m" + i, 1));
		}).toList();
		Workbench workbench = new Workbench(sources, 5, Duration.ofSeconds(5));
		try {
			assertThat(workbench.open(WORKER)).hasSize(5);
		}
		finally {
			workbench.destroy();
		}
	}

	@Test
	void aSourceThatFailsOrDoesNotAnswerInTimeIsLeftOutAndTheRestShown() {
		WorkSource slow = (worker) -> {
			try {
				Thread.sleep(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return List.of(item("slow", 1));
		};
		WorkSource failing = (worker) -> {
			throw new IllegalStateException("broken query");
		};
		WorkSource fine = (worker) -> List.of(item("fine", 3), item("nothing", 0));
		Workbench workbench = new Workbench(List.of(slow, failing, fine), 4, Duration.ofMillis(300));
		try {
			long started = System.nanoTime();
			List<WorkItem> items = workbench.open(WORKER);
			assertThat(items).extracting(WorkItem::module).containsExactly("fine");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
		finally {
			workbench.destroy();
		}
	}

	private static WorkItem item(String module, long count) {
		return new WorkItem(module + ".work", module, "待办", count, "/", Urgency.NORMAL);
	}

}
