package org.rongjun.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rongjun.shared.ProblemException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs jobs on a small pool of their own (two threads: the machine has two cores and the
 * database is the bottleneck), records their progress at most twice a second, and keeps
 * their end state and file. A restart ends jobs that were running with a clear message
 * instead of leaving them "running" forever.
 */
@Service
public class Jobs {

	private static final Logger log = LoggerFactory.getLogger(Jobs.class);

	private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

	private final JobRepository jobs;

	private final TaskExecutor executor;

	private final Map<Long, AtomicBoolean> cancellations = new ConcurrentHashMap<>();

	Jobs(JobRepository jobs) {
		this.jobs = jobs;
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(2);
		pool.setMaxPoolSize(2);
		pool.setQueueCapacity(50);
		pool.setThreadNamePrefix("job-");
		pool.initialize();
		this.executor = pool;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedJobs() {
		int interrupted = this.jobs.failInterrupted();
		if (interrupted > 0) {
			log.warn("{} job(s) were interrupted by the last shutdown and are marked failed", interrupted);
		}
	}

	/** Starts {@code work} in the background and returns the job's id at once. */
	public long start(String kind, String title, String owner, JobWork work) {
		long id = this.jobs.insert(kind, title, owner);
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
			String reason = (ex instanceof ProblemException problem) ? problem.getBody().getDetail() : "系统内部错误";
			this.jobs.finish(id, JobStatus.FAILED, progress.total, progress.processed, "任务失败：" + reason, null);
		}
		finally {
			this.cancellations.remove(id);
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
