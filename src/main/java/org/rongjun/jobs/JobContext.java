package org.rongjun.jobs;

/** What a running job may tell, and ask, its runner. */
public interface JobContext {

	/** The number of units of work, when known (rows in a file, lines in a run). */
	void total(long total);

	/** Units done so far; cheap to call for every unit. */
	void progress(long processed);

	/** Whether the user asked to stop; the job should end soon and return what it has. */
	boolean cancelled();

}
