package org.rongjun.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data folder from a version that ran everything as the superuser is handed to the two
 * roles on its first start (ADR 0018), and doing it again changes nothing.
 */
class DatabaseRolesTests {

	@Test
	void anOlderDataFolderIsHandedToTheOwnerAndTheApplicationKeepsRowAccess() throws Exception {
		Path directory = Files.createTempDirectory("rongjun-roles-").resolve("pg");
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(directory, true);
		try {
			try (Connection postgres = DriverManager.getConnection(server.jdbcUrl());
					Statement statement = postgres.createStatement()) {
				statement.execute("create schema legacy");
				statement.execute("create table legacy.note (id bigint generated always as identity, text text)");
				statement.execute("create sequence legacy.counter");
				statement.execute("create function legacy.twice(n int) returns int language sql as 'select 2 * n'");
				statement.execute("create table public.flyway_schema_history_legacy (version text)");
				statement.execute("insert into legacy.note (text) values ('旧数据')");
			}
			DatabaseRoles.ensure(server.jdbcUrl(), "postgres", null, DatabaseRoles.EMBEDDED);
			DatabaseRoles.ensure(server.jdbcUrl(), "postgres", null, DatabaseRoles.EMBEDDED);

			try (Connection postgres = DriverManager.getConnection(server.jdbcUrl());
					Statement statement = postgres.createStatement();
					ResultSet owners = statement.executeQuery(
							"""
									select string_agg(distinct pg_get_userbyid(owner), ',') from (
									  select nspowner as owner from pg_namespace where nspname = 'legacy'
									  union all select relowner from pg_class where relnamespace = 'legacy'::regnamespace
									  union all select relowner from pg_class where oid = 'public.flyway_schema_history_legacy'::regclass
									  union all select proowner from pg_proc where pronamespace = 'legacy'::regnamespace
									  union all select datdba from pg_database where datname = current_database()) o
									""")) {
				owners.next();
				assertThat(owners.getString(1)).isEqualTo("rongjun_owner");
			}
			try (Connection app = DriverManager.getConnection(server.jdbcUrl("rongjun_app"));
					Statement statement = app.createStatement()) {
				statement.execute("insert into legacy.note (text) values ('新数据')");
				try (ResultSet rows = statement
					.executeQuery("select count(*), max(legacy.twice(1)) from legacy.note")) {
					rows.next();
					assertThat(rows.getInt(1)).isEqualTo(2);
					assertThat(rows.getInt(2)).isEqualTo(2);
				}
				statement.execute("select nextval('legacy.counter')");
				assertThatThrownBy(() -> statement.execute("create table legacy.intruder (id int)"))
					.hasMessageContaining("permission denied");
			}
			try (Connection owner = DriverManager.getConnection(server.jdbcUrl("rongjun_owner"));
					Statement statement = owner.createStatement()) {
				// What a later migration creates is open to the application by default.
				statement.execute("create schema later");
				statement.execute("create table later.thing (id bigint generated always as identity, name text)");
			}
			try (Connection app = DriverManager.getConnection(server.jdbcUrl("rongjun_app"));
					Statement statement = app.createStatement()) {
				statement.execute("insert into later.thing (name) values ('新表')");
			}
		}
		finally {
			server.release();
			try (var paths = Files.walk(directory.getParent())) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
