package org.rongjun.platform;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The default database: an embedded PostgreSQL, used whenever {@code RONGJUN_DB_URL} is
 * not set. With it set, Spring Boot builds the data source from
 * {@code spring.datasource.*} and no embedded server starts.
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

	@Bean
	@Primary
	DataSource dataSource(EmbeddedPostgresServer server, @Value("${rongjun.db.embedded.pool-size:6}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.jdbcUrl(DatabaseRoles.EMBEDDED.app()));
		config.setUsername(DatabaseRoles.EMBEDDED.app());
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("rongjun-embedded");
		return new HikariDataSource(config);
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
