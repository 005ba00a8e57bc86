package org.rongjun.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's own database login is a superuser: a superuser
 * can switch off the audit log's guard ({@code session_replication_role}) and rewrite it
 * (ADR 0018). Warns when migrations run as the application's login, which then owns, and
 * may alter, every table.
 */
@Component
class DatabaseRoleCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

	private final DataSource dataSource;

	private final boolean external;

	private final boolean ownerConfigured;

	DatabaseRoleCheck(DataSource dataSource, @Value("${rongjun.db.url:}") String url,
			@Value("${rongjun.db.owner.username:}") String owner) {
		this.dataSource = dataSource;
		this.external = !url.isEmpty();
		this.ownerConfigured = !owner.isEmpty();
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet role = statement
					.executeQuery("select current_user, rolsuper from pg_roles where rolname = current_user")) {
			role.next();
			if (role.getBoolean("rolsuper")) {
				throw new IllegalStateException("The application connects to PostgreSQL as the superuser "
						+ role.getString(1) + ". Create an owner and an application role "
						+ "(java -jar rongjun.jar --bootstrap-db-roles, see README) and set RONGJUN_DB_USER to the "
						+ "application role and RONGJUN_DB_OWNER_USER to the owner.");
			}
		}
		if (this.external && !this.ownerConfigured) {
			log.warn("RONGJUN_DB_OWNER_USER is not set: migrations run as the application's own login, which "
					+ "then owns every table and can alter the audit log. Use two roles (README, ADR 0018).");
		}
	}

}
