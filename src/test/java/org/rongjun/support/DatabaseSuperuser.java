package org.rongjun.support;

import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A superuser connection to the test JVM's embedded PostgreSQL, beside the application's
 * own (which logs in as the unprivileged {@code rongjun_app}): for what an attacker with
 * database access would do, and for benchmarks that build or drop tables and indexes.
 */
public final class DatabaseSuperuser {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private DatabaseSuperuser(DataSource superuser) {
		this.dataSource = superuser;
		this.jdbc = JdbcClient.create(superuser);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(superuser));
	}

	/** The same server as the application's data source, as {@code postgres}. */
	public static DatabaseSuperuser of(DataSource application) {
		String url;
		try {
			url = application.unwrap(HikariDataSource.class).getJdbcUrl();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the tests' data source is the embedded Hikari pool", ex);
		}
		SimpleDriverDataSource superuser = new SimpleDriverDataSource();
		superuser.setDriverClass(org.postgresql.Driver.class);
		superuser.setUrl(url.replaceAll("([?&])user=[^&]*", "$1user=postgres"));
		return new DatabaseSuperuser(superuser);
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/** Runs the statements in one transaction. */
	public void inTransaction(Consumer<JdbcClient> work) {
		this.transactions.executeWithoutResult((status) -> work.accept(this.jdbc));
	}

}
