package org.rongjun.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes writes to some tables fail as PostgreSQL fails them on a full disk (SQLState
 * 53100 {@code disk_full}), through the real driver and the real stack, until closed.
 * Reads keep working, as they do on a full disk. Use in try-with-resources so the tables
 * are writable again whatever the test's outcome.
 */
public final class DiskFull implements AutoCloseable {

	private final JdbcClient jdbc;

	private final List<String> tables;

	private DiskFull(JdbcClient jdbc, List<String> tables) {
		this.jdbc = jdbc;
		this.tables = tables;
	}

	public static DiskFull on(JdbcClient jdbc, String... tables) {
		jdbc.sql("""
				create or replace function public.test_disk_full() returns trigger language plpgsql as $$
				begin
				    raise exception 'could not extend file "base/16384/16385": No space left on device'
				        using errcode = 'disk_full', hint = 'Check free disk space.';
				end $$
				""").update();
		DiskFull full = new DiskFull(jdbc, List.of(tables));
		for (String table : tables) {
			jdbc.sql("create trigger test_disk_full before insert or update or delete on " + table
					+ " for each row execute function public.test_disk_full()")
				.update();
		}
		return full;
	}

	@Override
	public void close() {
		for (String table : this.tables) {
			this.jdbc.sql("drop trigger if exists test_disk_full on " + table).update();
		}
	}

}
