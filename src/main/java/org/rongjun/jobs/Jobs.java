package org.rongjun.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.Outage;
import org.rongjun.shared.ProblemException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs jobs on a small pool of their own (two threads: the machine has two cores and the
 * database is the bottleneck), records their progress at most twice a second, and keeps
 * their end state and file.
 * <p>
 * A job row names the node and incarnation running it and carries a lease this instance
 * renews. At start-up, before anything can start or resume a job (this runs before the
 * scheduler and before {@code ApplicationReadyEvent}, where interrupted payment runs
 * resume), jobs nobody runs any more are failed with a clear message instead of staying
 * "running" forever: this node's from before the restart and those whose lease ran out.
 * Jobs of this incarnation are never touched, whatever the order of start-up listeners.
 */
@Service
public class Jobs implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

	/** Renewed every 30 s; a node silent for two minutes is taken for dead. */
	private static final Duration LEASE = Duration.ofMinutes(2);

	private final JobRepository jobs;

	private final JobRunner runner;

	private final TaskExecutor executor;

	private final Map<Long, AtomicBoolean> cancellations = new ConcurrentHashMap<>();

	Jobs(JobRepository jobs, @Value("${rongjun.node.name:}") String node) {
		this.jobs = jobs;
		this.runner = new JobRunner(node.isBlank() ? hostName() : node, UUID.randomUUID().toString(), LEASE);
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(2);
		pool.setMaxPoolSize(2);
		pool.setQueueCapacity(50);
		pool.setThreadNamePrefix("job-");
		pool.initialize();
		this.executor = pool;
	}

	@Override
	public void afterSingletonsInstantiated() {
		failAbandonedJobs();
	}

	/** Fails what nobody runs any more; answers how many. */
	int failAbandonedJobs() {
		int abandoned = this.jobs.failAbandoned(this.runner);
		if (abandoned > 0) {
			log.warn("{} job(s) interrupted by a restart or a dead node are marked failed", abandoned);
		}
		return abandoned;
	}

	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	void keepLeases() {
		this.jobs.renewLeases(this.runner);
		failAbandonedJobs();
	}

	/** Starts {@code work} in the background and returns the job's id at once. */
	public long start(String kind, String title, String owner, JobWork work) {
		long id = this.jobs.insert(kind, title, owner, this.runner);
		AtomicBoolean cancelled = new AtomicBoolean();
		this.cancellations.put(id, cancelled);
		this.executor.execute(() -> run(id, work, cancelled));
		return id;
	}

	public Job get(long id, String owner) {
		return this.jobs.find(id, owner).orElseThrow(() -> ProblemException.notFound("任务不存在"));
	}

	public List<Job> recent(String owner) {
		return this.jobs.recent(owner, 20);
	}

	public void cancel(long id, String owner) {
		get(id, owner);
		if (!this.jobs.requestCancel(id, owner)) {
			throw ProblemException.conflict("任务已结束，无法取消");
		}
		AtomicBoolean flag = this.cancellations.get(id);
		if (flag != null) {
			flag.set(true);
		}
	}

	public JobFile file(long id, String owner) {
		return this.jobs.file(id, owner).orElseThrow(() -> ProblemException.notFound("该任务没有可下载的文件"));
	}

	private void run(long id, JobWork work, AtomicBoolean cancelled) {
		Progress progress = new Progress(id, cancelled);
		try {
			JobOutcome outcome = work.run(progress);
			JobStatus status = cancelled.get() ? JobStatus.CANCELLED : JobStatus.SUCCEEDED;
			this.jobs.finish(id, status, progress.total, progress.processed, outcome.summary(), outcome.file());
		}
		catch (Exception ex) {
			log.error("Job {} failed", id, ex);
			String reason = (ex instanceof ProblemException problem) ? problem.getBody().getDetail()
					: Outage.causing(ex).map(Outage::detail).orElse("系统内部错误");
			this.jobs.finish(id, JobStatus.FAILED, progress.total, progress.processed, "任务失败：" + reason, null);
		}
		finally {
			this.cancellations.remove(id);
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	private final class Progress implements JobContext {

		private final long id;

		private final AtomicBoolean cancelled;

		private @Nullable Long total;

		private long processed;

		private long lastWrite = System.nanoTime();

		Progress(long id, AtomicBoolean cancelled) {
			this.id = id;
			this.cancelled = cancelled;
		}

		@Override
		public void total(long total) {
			this.total = total;
			Jobs.this.jobs.progress(this.id, this.total, this.processed);
		}

		@Override
		public void progress(long processed) {
			this.processed = processed;
			long now = System.nanoTime();
			if (now - this.lastWrite >= PROGRESS_INTERVAL_NANOS) {
				this.lastWrite = now;
				Jobs.this.jobs.progress(this.id, this.total, processed);
			}
		}

		@Override
		public boolean cancelled() {
			return this.cancelled.get();
		}

	}

}
