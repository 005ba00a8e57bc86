package org.rongjun.shared;

/** A requested page: 0-based, at most {@value #MAX_SIZE} rows. */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw ProblemException.badRequest("页码不能为负数");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ProblemException.badRequest("每页条数须在 1 到 " + MAX_SIZE + " 之间");
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery((page != null) ? page : 0, (size != null) ? size : 20);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public <T> PageResult<T> result(java.util.List<T> items, long total) {
		return new PageResult<>(items, total, this.page, this.size);
	}

	/**
	 * The page with its total, counted only when the page cannot tell it: a page that is
	 * not full (and not past the end) ends the result, so a lookup that finds one row
	 * needs no count query.
	 */
	public <T> PageResult<T> result(java.util.List<T> items, java.util.function.LongSupplier count) {
		boolean last = items.size() < this.size && (offset() == 0 || !items.isEmpty());
		return result(items, last ? offset() + items.size() : count.getAsLong());
	}

}
