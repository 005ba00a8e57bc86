package org.rongjun.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageQueryTests {

	@Test
	void aPageThatIsNotFullTellsTheTotalWithoutCounting() {
		AtomicInteger counts = new AtomicInteger();
		PageResult<String> result = new PageQuery(2, 10).result(List.of("a", "b"), () -> {
			counts.incrementAndGet();
			return 99;
		});
		assertThat(result.total()).isEqualTo(22);
		assertThat(counts).hasValue(0);
	}

	@Test
	void aFullPageOrOnePastTheEndIsCounted() {
		assertThat(new PageQuery(0, 2).result(List.of("a", "b"), () -> 7).total()).isEqualTo(7);
		assertThat(new PageQuery(5, 2).result(List.<String>of(), () -> 3).total()).isEqualTo(3);
		assertThat(new PageQuery(0, 2).result(List.<String>of(), () -> 3).total()).isZero();
	}

}
