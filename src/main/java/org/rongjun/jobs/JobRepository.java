package org.rongjun.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobRepository {

	private static final String COLUMNS = """
			id, kind, title, status, total, processed, summary, file_name, created_at, finished_at
			""";

	private final JdbcClient jdbc;

	JobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String kind, String title, String owner, JobRunner runner) {
		return this.jdbc.sql("""
				insert into jobs.job (kind, title, owner, status, node, incarnation, lease_until)
				values (:kind, :title, :owner, 'RUNNING', :node, :incarnation, now() + :lease * interval '1 second')
				returning id
				""")
			.param("kind", kind)
			.param("title", title)
			.param("owner", owner)
			.param("node", runner.node())
			.param("incarnation", runner.incarnation())
			.param("lease", runner.lease().toSeconds())
			.query(Long.class)
			.single();
	}

	/** Extends the lease of every job this instance is running. */
	int renewLeases(JobRunner runner) {
		return this.jdbc.sql("""
				update jobs.job set lease_until = now() + :lease * interval '1 second'
				where status = 'RUNNING' and incarnation = :incarnation
				""").param("lease", runner.lease().toSeconds()).param("incarnation", runner.incarnation()).update();
	}

	Optional<Job> find(long id, String owner) {
		return this.jdbc.sql("select " + COLUMNS + " from jobs.job where id = :id and owner = :owner")
			.param("id", id)
			.param("owner", owner)
			.query((rs, row) -> map(rs))
			.optional();
	}

	List<Job> recent(String owner, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from jobs.job where owner = :owner order by id desc limit :limit")
			.param("owner", owner)
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	void progress(long id, @Nullable Long total, long processed) {
		this.jdbc
			.sql("update jobs.job set total = :total, processed = :processed where id = :id and status = 'RUNNING'")
			.param("id", id)
			.param("total", total)
			.param("processed", processed)
			.update();
	}

	boolean requestCancel(long id, String owner) {
		return this.jdbc.sql("""
				update jobs.job set cancel_requested = true where id = :id and owner = :owner and status = 'RUNNING'
				""").param("id", id).param("owner", owner).update() == 1;
	}

	void finish(long id, JobStatus status, @Nullable Long total, long processed, String summary,
			@Nullable JobFile file) {
		this.jdbc.sql("""
				update jobs.job set status = :status, total = :total, processed = :processed, summary = :summary,
				       file_name = :name, file_content_type = :type, file_content = :content, finished_at = now()
				where id = :id
				""")
			.param("id", id)
			.param("status", status.name())
			.param("total", total)
			.param("processed", processed)
			.param("summary", summary)
			.param("name", (file != null) ? file.name() : null)
			.param("type", (file != null) ? file.contentType() : null)
			.param("content", (file != null) ? file.content() : null)
			.update();
	}

	Optional<JobFile> file(long id, String owner) {
		return this.jdbc.sql("""
				select file_name, file_content_type, file_content from jobs.job
				where id = :id and owner = :owner and file_content is not null
				""")
			.param("id", id)
			.param("owner", owner)
			.query((rs, row) -> new JobFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * Fails the jobs nobody runs any more: this node's from an earlier incarnation (it
	 * restarted), any node's whose lease ran out (it died), and rows from before leases.
	 * Jobs of this incarnation and live jobs of other nodes are not touched.
	 */
	int failAbandoned(JobRunner runner) {
		return this.jdbc.sql("""
				update jobs.job set status = 'FAILED', summary = '服务重启，任务中断，请重新提交', finished_at = now()
				where status = 'RUNNING'
				  and (lease_until < now() or node is null
				       or (node = :node and incarnation <> :incarnation))
				""").param("node", runner.node()).param("incarnation", runner.incarnation()).update();
	}

	private static Job map(ResultSet rs) throws SQLException {
		Long total = (Long) rs.getObject("total");
		long processed = rs.getLong("processed");
		JobStatus status = JobStatus.valueOf(rs.getString("status"));
		int percent = (status == JobStatus.SUCCEEDED) ? 100
				: (total != null && total > 0) ? (int) Math.min(99, processed * 100 / total) : 0;
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new Job(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), status, total, processed, percent,
				rs.getString("summary"), rs.getString("file_name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

}
