package org.rongjun.platform;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.rongjun.support.DatabaseSuperuser;
import org.rongjun.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application logs in as a role that reads and writes rows and nothing more (ADR
 * 0018): the whole test suite runs as that role, so every feature proves its privileges
 * suffice; these tests prove they go no further.
 */
@IntegrationTest
class LeastPrivilegeIntegrationTests {

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	final DatabaseSuperuser superuser;

	LeastPrivilegeIntegrationTests(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.superuser = DatabaseSuperuser.of(dataSource);
	}

	@Test
	void theApplicationIsNeitherSuperuserNorOwner() {
		assertThat(this.jdbc.sql("select current_user").query(String.class).single()).isEqualTo("rongjun_app");
		assertThat(this.jdbc
			.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles "
					+ "where rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
		List<String> notOwnedByOwner = this.jdbc
			.sql("""
					select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where c.relkind in ('r', 'p', 'v', 'm', 'S') and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
					  and pg_get_userbyid(c.relowner) <> 'rongjun_owner'
					""")
			.query(String.class)
			.list();
		assertThat(notOwnedByOwner).isEmpty();
	}

	@Test
	void theApplicationCannotChangeTheSchema() {
		assertRefused("create schema intruder");
		assertRefused("create table identity.intruder (id int)");
		assertRefused("create table public.intruder (id int)");
		assertRefused("alter table identity.audit_log disable trigger audit_log_append_only");
		assertRefused("alter table registry.veteran add column intruder text");
		assertRefused("drop table jobs.job");
		assertRefused("create index intruder on registry.veteran (name)");
	}

	@Test
	void theApplicationOnlyAppendsToAndReadsTheAuditLog() {
		assertThat(privileges("identity.audit_log")).containsExactlyInAnyOrder("INSERT", "SELECT");
		assertRefused("update identity.audit_log set detail = 'x' where id = 1");
		assertRefused("delete from identity.audit_log where id = 1");
		assertRefused("truncate identity.audit_log");
		assertRefused("set session_replication_role = replica");
	}

	@Test
	void theApplicationReadsAndWritesRowsAndMakesTemporaryTables() {
		assertThat(privileges("registry.veteran")).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("create temp table scratch (n int) on commit drop").update();
			assertThat(this.jdbc.sql("insert into scratch values (1)").update()).isEqualTo(1);
		});
	}

	@Test
	void migrationsRanAsTheOwner() {
		List<String> installers = this.superuser.jdbc()
			.sql("select distinct installed_by from public.flyway_schema_history_identity")
			.query(String.class)
			.list();
		assertThat(installers).containsExactly("rongjun_owner");
	}

	private List<String> privileges(String table) {
		return this.jdbc
			.sql("""
					select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
					where has_table_privilege(current_user, cast(:table as regclass), p)
					""")
			.param("table", table)
			.query(String.class)
			.list();
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.jdbc.sql(sql).update()))
			.as(sql)
			.rootCause()
			.hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser).*");
	}

}
