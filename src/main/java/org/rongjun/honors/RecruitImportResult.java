package org.rongjun.honors;

import java.util.List;

/** What a recruit list import took and what it refused, row by row. */
public record RecruitImportResult(int accepted, List<RejectedRow> rejected) {

	public record RejectedRow(int row, String name, String reason) {
	}

}
