package org.rongjun.shared;

import java.util.List;
import java.util.function.Function;

/** The one paging shape the API returns. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(this.items.stream().map(mapper).toList(), this.total, this.page, this.size);
	}

}
