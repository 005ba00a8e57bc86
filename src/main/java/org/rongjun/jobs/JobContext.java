package org.rongjun.jobs;

/** What a running job may tell, and ask, its runner. */
public interface JobContext {

	/** The number of units of work, when known (rows in a file, lines in a run). */
	void total(long total);

	/** Units done so far; cheap to call for every unit. */
	void progress(long processed);

	/** Whether the user asked to stop; the job should end soon and return what it has. */
	boolean cancelled();

	/**
	 * For running a job's work in the caller's thread with nobody watching (seeding,
	 * benchmarks).
	 */
	static JobContext unattended() {
		return new JobContext() {

			@Override
			public void total(long total) {
			}

			@Override
			public void progress(long processed) {
			}

			@Override
			public boolean cancelled() {
				return false;
			}

		};
	}

}
