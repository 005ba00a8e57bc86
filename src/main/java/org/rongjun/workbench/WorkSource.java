package org.rongjun.workbench;

import java.util.List;

/**
 * A module's contribution to the to-do board. Implementations count only what the worker
 * may see (their data scope) and act on (their permissions), and should answer from
 * indexed queries: the home page calls every source on each visit.
 */
public interface WorkSource {

	List<WorkItem> open(Worker worker);

}
