package org.rongjun.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two PostgreSQL roles of a least-privilege installation (ADR 0018): an
 * <em>owner</em> that owns every schema and table and runs the migrations, and an
 * <em>application</em> login that may only read and write rows — no superuser, no DDL,
 * and, once the identity migrations have run, only INSERT and SELECT on the audit log.
 * Run with a superuser connection: on every start of the embedded database, and once by
 * {@code --bootstrap-db-roles} for an external one. Idempotent; on a database from a
 * version that ran everything as one role it hands the existing objects to the owner.
 */
final class DatabaseRoles {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	/** The roles of the embedded database (trust authentication on localhost). */
	static final Names EMBEDDED = new Names("rongjun_owner", null, "rongjun_app", null);

	/** Schemas of the system, never touched. */
	private static final String APPLICATION_SCHEMA = "n.nspname <> 'information_schema' and n.nspname !~ '^pg_'";

	record Names(String owner, @Nullable String ownerPassword, String app, @Nullable String appPassword) {

		Names {
			if (!owner.matches("[a-z_][a-z0-9_]{0,62}") || !app.matches("[a-z_][a-z0-9_]{0,62}")) {
				throw new IllegalArgumentException("role names must be lower-case SQL identifiers");
			}
			if (owner.equals(app)) {
				throw new IllegalArgumentException("the owner and the application role must differ");
			}
		}

	}

	private DatabaseRoles() {
	}

	static void ensure(String superuserUrl, String superuser, @Nullable String superuserPassword, Names names) {
		Properties credentials = new Properties();
		credentials.setProperty("user", superuser);
		if (superuserPassword != null) {
			credentials.setProperty("password", superuserPassword);
		}
		try (Connection connection = DriverManager.getConnection(superuserUrl, credentials)) {
			ensure(connection, names);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the database roles " + names.owner() + " and "
					+ names.app() + ": " + ex.getMessage(), ex);
		}
	}

	static void ensure(Connection connection, Names names) throws SQLException {
		connection.setAutoCommit(false);
		try {
			String database = single(connection, "select current_database()");
			role(connection, names.owner(), names.ownerPassword());
			role(connection, names.app(), names.appPassword());
			execute(connection, format(connection, "alter database %I owner to %I", database, names.owner()));
			execute(connection,
					format(connection, "grant connect, temporary on database %I to %I", database, names.app()));
			// Before PostgreSQL 15 everybody could create tables in public.
			execute(connection, "revoke create on schema public from public");
			int moved = handOverToOwner(connection, names.owner());
			grantOnExisting(connection, names);
			defaultPrivileges(connection, names);
			connection.commit();
			if (moved > 0) {
				log.warn("Handed {} existing database objects to the owner role {}", moved, names.owner());
			}
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	private static void role(Connection connection, String name, @Nullable String password) throws SQLException {
		boolean exists;
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				exists = rows.next();
			}
		}
		// Asserted on every run: a role someone made a superuser is put back.
		String attributes = "login nosuperuser nocreatedb nocreaterole noreplication nobypassrls";
		String statement = format(connection, (exists ? "alter" : "create") + " role %I " + attributes, name);
		if (password != null) {
			statement += format(connection, " password %L", password);
		}
		execute(connection, statement);
		if (!exists) {
			log.info("Created database role {}", name);
		}
	}

	/**
	 * Schemas, tables, views, stand-alone sequences and functions not owned by the owner
	 * (left by a version that ran as one role) go to the owner. Sequences behind identity
	 * and serial columns follow their table.
	 */
	private static int handOverToOwner(Connection connection, String owner) throws SQLException {
		List<String> statements = new ArrayList<>();
		statements.addAll(list(connection, """
				select format('alter schema %I owner to %I', n.nspname, ?) from pg_namespace n
				where n.nspowner <> ?::regrole and n.nspname <> 'public' and
				""" + APPLICATION_SCHEMA, owner, owner));
		statements.addAll(list(connection, """
				select format('alter %s %I.%I owner to %I',
				       case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
				                      when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end,
				       n.nspname, c.relname, ?)
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and c.relowner <> ?::regrole
				  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
				                  and d.objid = c.oid and d.deptype in ('a', 'i'))
				  and
				""" + APPLICATION_SCHEMA, owner, owner));
		statements.addAll(list(connection, """
				select format('alter routine %s owner to %I', p.oid::regprocedure, ?)
				from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where p.proowner <> ?::regrole
				  and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
				  and
				""" + APPLICATION_SCHEMA, owner, owner));
		for (String statement : statements) {
			execute(connection, statement);
		}
		return statements.size();
	}

	/**
	 * Row access on what exists. The identity migrations' afterMigrate callback takes
	 * UPDATE, DELETE and TRUNCATE on the audit log back after every migration run.
	 */
	private static void grantOnExisting(Connection connection, Names names) throws SQLException {
		for (String schema : list(connection, """
				select n.nspname from pg_namespace n
				where n.nspowner = ?::regrole and n.nspname <> 'public' and
				""" + APPLICATION_SCHEMA, names.owner())) {
			execute(connection, format(connection, "grant usage on schema %I to %I", schema, names.app()));
			execute(connection, format(connection,
					"grant select, insert, update, delete on all tables in schema %I to %I", schema, names.app()));
			execute(connection,
					format(connection, "grant usage, select on all sequences in schema %I to %I", schema, names.app()));
		}
	}

	/**
	 * What the owner creates later (every migration) is readable and writable by the app.
	 */
	private static void defaultPrivileges(Connection connection, Names names) throws SQLException {
		String forOwner = format(connection, "alter default privileges for role %I ", names.owner());
		execute(connection, forOwner + format(connection, "grant usage on schemas to %I", names.app()));
		execute(connection,
				forOwner + format(connection, "grant select, insert, update, delete on tables to %I", names.app()));
		execute(connection, forOwner + format(connection, "grant usage, select on sequences to %I", names.app()));
	}

	/** Quotes identifiers (%I) and literals (%L) the way the server does. */
	private static String format(Connection connection, String pattern, String... arguments) throws SQLException {
		StringBuilder sql = new StringBuilder("select format(?");
		for (int i = 0; i < arguments.length; i++) {
			sql.append(", ?");
		}
		try (PreparedStatement statement = connection.prepareStatement(sql.append(")").toString())) {
			statement.setString(1, pattern);
			for (int i = 0; i < arguments.length; i++) {
				statement.setString(i + 2, arguments[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static List<String> list(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			List<String> values = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
			return values;
		}
	}

	private static String single(Connection connection, String sql) throws SQLException {
		return list(connection, sql).get(0);
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
