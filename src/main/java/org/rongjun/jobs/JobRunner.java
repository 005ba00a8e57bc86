package org.rongjun.jobs;

import java.time.Duration;

/**
 * This application instance as the runner of jobs: its node (stable across restarts, e.g.
 * the host name; two instances on one host need distinct names), its incarnation (new at
 * every start) and the lease it keeps renewed on the jobs it runs.
 */
record JobRunner(String node, String incarnation, Duration lease) {
}
