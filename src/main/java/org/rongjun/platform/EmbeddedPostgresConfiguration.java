package org.rongjun.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The default database: an embedded PostgreSQL, used whenever {@code RONGJUN_DB_URL} is
 * not set, watched and restarted if it dies. With it set, Spring Boot builds the data
 * source from {@code spring.datasource.*} and no embedded server starts. The pool takes
 * {@code spring.datasource.hikari.*} either way.
 * <p>
 * The application connects as {@code rongjun_app}, the migrations run as
 * {@code rongjun_owner}; both roles are (re)asserted on every start (ADR 0018).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${rongjun.db.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${rongjun.db.embedded.data-dir:./data/pg}") Path dataDir,
			@Value("${rongjun.db.embedded.clean:false}") boolean clean) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dataDir, clean);
		DatabaseRoles.ensure(server.jdbcUrl(), "postgres", null, DatabaseRoles.EMBEDDED);
		return server;
	}

	/** Stopped before the server (it depends on it), so a shutdown is not "restarted". */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "rongjun.db.embedded.watchdog.enabled", matchIfMissing = true)
	EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresServer server,
			@Value("${rongjun.db.embedded.watchdog.interval:PT1S}") Duration interval) throws IOException {
		return EmbeddedPostgresWatchdog.watch(server, interval);
	}

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl(DatabaseRoles.EMBEDDED.app()));
		dataSource.setUsername(DatabaseRoles.EMBEDDED.app());
		dataSource.setPoolName("rongjun-embedded");
		return dataSource;
	}

	/** Migrations, as the owner; not pooled, since it is used once at start-up. */
	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgresServer server) {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		owner.setUrl(server.jdbcUrl(DatabaseRoles.EMBEDDED.owner()));
		return owner;
	}

}
