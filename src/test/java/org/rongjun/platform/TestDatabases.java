package org.rongjun.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.rongjun.support.DatabaseSuperuser;

/**
 * A database of its own in the tests' PostgreSQL for a child application, set up as an
 * operator would (README: the owner role for the migrations, the row-only login for the
 * application, ADR 0018).
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** Creates {@code name}; answers its JDBC URL without a user. */
	public static String create(DataSource application, String name) throws SQLException {
		DatabaseSuperuser superuser = DatabaseSuperuser.of(application);
		String url;
		try (Connection connection = superuser.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name + " owner " + DatabaseRoles.EMBEDDED.owner());
			String current = connection.getMetaData().getURL();
			url = current.substring(0, current.lastIndexOf('/') + 1) + name;
		}
		DatabaseRoles.ensure(url, "postgres", null, DatabaseRoles.EMBEDDED);
		return url;
	}

	public static String appUser() {
		return DatabaseRoles.EMBEDDED.app();
	}

	public static String ownerUser() {
		return DatabaseRoles.EMBEDDED.owner();
	}

}
