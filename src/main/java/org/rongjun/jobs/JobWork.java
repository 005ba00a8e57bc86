package org.rongjun.jobs;

@FunctionalInterface
public interface JobWork {

	JobOutcome run(JobContext context) throws Exception;

}
